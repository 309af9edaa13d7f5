package io.modelintake.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code sourceRef} names the model at its source: it is required for {@code civitai} and {@code github}, must
 * parse as a reference there ({@link SourceRef}), and means nothing for other sources. Reported on {@code sourceRef}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SourceRefFits.Check.class)
public @interface SourceRefFits {

    String message() default "must name the model at its source";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<SourceRefFits, ModelSpec> {

        @Override
        public boolean isValid(ModelSpec model, ConstraintValidatorContext context) {
            if (model == null) {
                return true;
            }
            boolean given = model.sourceRef() != null && !model.sourceRef().isBlank();
            String problem = null;
            if (SourceRef.CIVITAI.equalsIgnoreCase(model.source()) && model.sourceReference().isEmpty()) {
                problem = given ? "must be a CivitAI model or version: a URL such as https://civitai.com/models/4201"
                        + "?modelVersionId=501240, an AIR such as civitai:4201@501240, a model id or version:<id>"
                        : "is required for source civitai: a CivitAI model or version URL or id";
            } else if (SourceRef.GITHUB.equalsIgnoreCase(model.source()) && model.sourceReference().isEmpty()) {
                problem = given ? "must be a GitHub repository such as https://github.com/owner/repo"
                        : "is required for source github: the repository URL";
            } else if (SourceRef.KAGGLE.equalsIgnoreCase(model.source()) && model.sourceReference().isEmpty()) {
                problem = given ? "must be a Kaggle model variation: owner/model/framework/variation or its URL such as"
                        + " https://www.kaggle.com/models/google/gemma/keras/gemma_2b_en"
                        : "is required for source kaggle: the model variation's handle or URL";
            } else if (SourceRef.takesRef(model.source()) && model.sourceReference().isEmpty()) {
                problem = given ? "must be the framework's name for the weights, e.g. resnet50.IMAGENET1K_V2 or ResNet50"
                        : "is required for source " + model.source() + ": the framework's name for the weights";
            } else if (given && !SourceRef.takesRef(model.source())) {
                problem = "is only read for source civitai, github, kaggle, torchvision, timm or keras";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("sourceRef").addConstraintViolation();
            return false;
        }
    }
}

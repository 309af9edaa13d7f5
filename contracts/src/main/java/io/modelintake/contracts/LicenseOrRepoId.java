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
 * A licence cannot be resolved from nothing: the model names one, a repo id whose card names one, or a reference
 * at CivitAI or GitHub whose answer does. The violation is reported on {@code license}, the field an engineer fills
 * to fix it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LicenseOrRepoId.Check.class)
public @interface LicenseOrRepoId {

    String message() default "give model.license, model.repoId, or model.sourceRef with source civitai, github, kaggle or a framework hub";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<LicenseOrRepoId, ModelSpec> {

        @Override
        public boolean isValid(ModelSpec model, ConstraintValidatorContext context) {
            if (model == null || isGiven(model.license()) || isGiven(model.repoId())
                    || SourceRef.takesRef(model.source()) && isGiven(model.sourceRef())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("license").addConstraintViolation();
            return false;
        }

        private static boolean isGiven(String value) {
            return value != null && !value.isBlank();
        }
    }
}

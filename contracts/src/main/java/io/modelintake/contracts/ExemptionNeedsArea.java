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
 * The Art. 6(3) derogation exists only for a system of Annex III: a reasoning without an Annex III area is a
 * contradiction the engineer must settle. The violation is reported on {@code art6_3Exemption}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExemptionNeedsArea.Check.class)
public @interface ExemptionNeedsArea {

    String message() default "the Art. 6(3) exemption needs an annexIIIArea other than NONE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ExemptionNeedsArea, EuAiAct> {

        @Override
        public boolean isValid(EuAiAct block, ConstraintValidatorContext context) {
            if (block == null || !block.claimsExemption() || block.annexIIIArea() != EuAiAct.AnnexIIIArea.NONE) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("art6_3Exemption").addConstraintViolation();
            return false;
        }
    }
}

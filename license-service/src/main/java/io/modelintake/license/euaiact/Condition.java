package io.modelintake.license.euaiact;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.EuAiAct;
import io.modelintake.contracts.EuAiAct.AnnexIIIArea;
import io.modelintake.contracts.EuAiAct.Practice;
import io.modelintake.contracts.EuAiAct.Role;
import io.modelintake.contracts.EuAiAct.SyntheticContent;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.license.knowledge.EuAiActMarks;
import java.util.Collection;
import java.util.Set;

/**
 * When a rule fires: every condition given must hold; a set holds when the request names any of its members. A rule
 * fires only for an answered EU AI Act block unless it says {@code answered: false} (then only for an unanswered one).
 * {@code model} is matched per model of the lineage by the screen, not here.
 */
public record Condition(
        Boolean answered,
        Set<Role> roles,
        Set<AnnexIIIArea> areas,
        Set<Practice> practices,
        Set<SyntheticContent> syntheticContent,
        Boolean interactsWithPeople,
        Boolean exemptionClaimed,
        Set<Activity> activities,
        ModelCondition model) {

    public Condition {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        practices = practices == null ? Set.of() : Set.copyOf(practices);
        syntheticContent = syntheticContent == null ? Set.of() : Set.copyOf(syntheticContent);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
    }

    /** Which models of the lineage a rule is about: each mark given must have that value. */
    public record ModelCondition(Boolean generalPurpose, Boolean systemicRisk, Boolean openSourceExemption) {

        boolean constrainsSomething() {
            return generalPurpose != null || systemicRisk != null || openSourceExemption != null;
        }

        boolean matches(EuAiActMarks marks) {
            return holds(generalPurpose, marks.generalPurpose()) && holds(systemicRisk, marks.systemicRisk())
                    && holds(openSourceExemption, marks.openSourceExemption());
        }

        private static boolean holds(Boolean wanted, boolean actual) {
            return wanted == null || wanted == actual;
        }
    }

    boolean asksAboutTheBlock() {
        return !roles.isEmpty() || !areas.isEmpty() || !practices.isEmpty() || !syntheticContent.isEmpty()
                || interactsWithPeople != null || exemptionClaimed != null;
    }

    boolean constrainsSomething() {
        return answered != null || asksAboutTheBlock() || !activities.isEmpty() || model != null;
    }

    /** Whether the intended use meets every condition but {@code model}. */
    boolean matches(IntendedUse use) {
        EuAiAct block = use.euAiAct();
        boolean wantsAnswered = answered == null || answered;
        if (wantsAnswered != (block != null)) {
            return false;
        }
        if (!admitsAny(activities, use.activities())) {
            return false;
        }
        if (block == null) {
            return true;
        }
        return (roles.isEmpty() || roles.contains(block.role()))
                && (areas.isEmpty() || areas.contains(block.annexIIIArea()))
                && admitsAny(practices, block.practices())
                && admitsAny(syntheticContent, block.syntheticContent())
                && (interactsWithPeople == null || interactsWithPeople == Boolean.TRUE.equals(block.interactsWithPeople()))
                && (exemptionClaimed == null || exemptionClaimed == block.claimsExemption());
    }

    private static <T> boolean admitsAny(Set<T> wanted, Collection<T> named) {
        return wanted.isEmpty() || named.stream().anyMatch(wanted::contains);
    }
}

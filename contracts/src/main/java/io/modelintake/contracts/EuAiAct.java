package io.modelintake.contracts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The EU AI Act block of an intended use (Regulation (EU) 2024/1689): what the engineer says about the company's
 * place in the AI value chain and about the use, for a request whose jurisdictions include the EU or a member state.
 * Optional in the API; when given, {@code role} is required. license-service screens it against the rules of
 * {@code euaiact/eu-ai-act-rules.yaml}, together with what the knowledge marks about the model and its lineage.
 *
 * @param role the company's role for this model and use
 * @param annexIIIArea the Annex III area the use falls in, {@code NONE} when none (the default)
 * @param art6_3Exemption the company's reasoning where it claims the Art. 6(3) derogation for an Annex III use
 * @param interactsWithPeople whether the system built on the model interacts directly with natural persons (Art. 50(1))
 * @param syntheticContent the kinds of synthetic content the system generates (Art. 50(2) and (4))
 * @param practices what the system does that Art. 5, Art. 6(3) or Art. 50 name: declared so that a prohibited
 *     practice is caught before approval, not after
 */
@ExemptionNeedsArea
public record EuAiAct(
        @NotNull Role role,
        AnnexIIIArea annexIIIArea,
        @Size(max = 4000) String art6_3Exemption,
        Boolean interactsWithPeople,
        @Size(max = 4) List<@NotNull SyntheticContent> syntheticContent,
        @Size(max = 20) List<@NotNull Practice> practices) {

    public EuAiAct {
        annexIIIArea = annexIIIArea == null ? AnnexIIIArea.NONE : annexIIIArea;
        syntheticContent = syntheticContent == null ? List.of() : List.copyOf(syntheticContent);
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    /** Whether the company claims the Art. 6(3) derogation (a reasoning is given). */
    public boolean claimsExemption() {
        return art6_3Exemption != null && !art6_3Exemption.isBlank();
    }

    /** The company's place in the value chain (Art. 3(3), (4) and (68)). */
    public enum Role {
        /** Uses an AI system under its authority (Art. 3(4)). */
        DEPLOYER,
        /** Integrates a general-purpose AI model into its own AI system (Art. 3(68)). */
        DOWNSTREAM_PROVIDER,
        /** Places the model on the market under its own name, or modifies it substantially (Art. 3(3)). */
        PROVIDER
    }

    /** The areas of Annex III, points 1 to 8, and {@code NONE}. */
    public enum AnnexIIIArea {
        NONE,
        BIOMETRICS,
        CRITICAL_INFRASTRUCTURE,
        EDUCATION,
        EMPLOYMENT,
        ESSENTIAL_SERVICES,
        LAW_ENFORCEMENT,
        MIGRATION,
        JUSTICE_DEMOCRACY
    }

    /** Synthetic content a system generates (Art. 50(2)). */
    public enum SyntheticContent {
        AUDIO,
        IMAGE,
        VIDEO,
        TEXT
    }

    /** Practices the rules ask about; each names the provision that makes it matter. */
    public enum Practice {
        /** Art. 5(1)(a). */
        MANIPULATIVE_TECHNIQUES,
        /** Art. 5(1)(b). */
        EXPLOITS_VULNERABILITIES,
        /** Art. 5(1)(ba), as inserted by Regulation (EU) 2026/1744. */
        INTIMATE_IMAGERY_WITHOUT_CONSENT,
        /** Art. 5(1)(bb), as inserted by Regulation (EU) 2026/1744. */
        CHILD_SEXUAL_ABUSE_MATERIAL,
        /** Art. 5(1)(c). */
        SOCIAL_SCORING,
        /** Art. 5(1)(d). */
        CRIMINAL_OFFENCE_PREDICTION,
        /** Art. 5(1)(e). */
        FACIAL_IMAGE_SCRAPING,
        /** Art. 5(1)(f) at work or in education; Annex III point 1(c); Art. 50(3). */
        EMOTION_RECOGNITION,
        /** Annex III point 1(b); Art. 50(3). */
        BIOMETRIC_CATEGORISATION,
        /** Art. 5(1)(g): race, political opinions, trade union membership, beliefs, sex life or orientation. */
        BIOMETRIC_CATEGORISATION_SENSITIVE_TRAITS,
        /** Art. 5(1)(h) for law enforcement; Annex III point 1(a) otherwise. */
        REAL_TIME_REMOTE_BIOMETRIC_IDENTIFICATION,
        /** Art. 6(3), third subparagraph: an Annex III system that profiles is always high-risk. */
        PROFILING,
        /** Art. 50(4), first subparagraph. */
        DEEP_FAKES,
        /** Art. 50(4), second subparagraph. */
        PUBLIC_INTEREST_TEXT
    }
}

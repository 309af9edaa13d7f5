package io.modelintake.license.evaluation;

/** The rules that produce findings; each finding carries the id of the one that decided it. */
public enum Rule {
    /** The licence's verdict and obligations for the activity (knowledge/licenses). */
    LICENSE_GRANT_PER_ACTIVITY,
    /** SPDX {@code OR}: the requester may pick the most permissive option for each activity. */
    SPDX_OR_BEST_OPTION,
    /** SPDX {@code AND}: every licence applies; the worst verdict and all obligations count. */
    SPDX_AND_ALL_APPLY,
    /** SPDX {@code WITH}: a licence exception changes the licence's terms for the activity. */
    SPDX_WITH_EXCEPTION,
    /** A licence that cannot be identified is for a human to settle, never a silent yes. */
    LICENSE_MUST_RESOLVE,
    /** A user-count threshold of the terms (e.g. Llama's 700 M monthly active users). */
    MONTHLY_ACTIVE_USERS_THRESHOLD,
    /** A revenue threshold of the terms (e.g. the Stability AI community licence's USD 1 M). */
    ANNUAL_REVENUE_THRESHOLD,
    /** A term that depends on where the licensee is (e.g. Llama 3.2 multimodal models in the EU). */
    JURISDICTION_TERM,
    /** Two clauses of the same licence pull opposite ways on the activity; an officer must settle the reading. */
    TERMS_IN_TENSION,
    /** A model-specific addendum applied on top of the licence (knowledge/addenda). */
    MODEL_ADDENDUM,
    /** Restrictions a base model's licence says flow down bind the derivative. */
    BASE_MODEL_FLOW_DOWN,
    /** A model the company trained itself carries no third-party model licence of its own. */
    OWN_TRAINING_RUN,
    /** The licence the request declares should match what the model card or the catalogue says. */
    DECLARED_LICENCES_AGREE,
    /** The model card should be readable when it is the source of the licence or the lineage. */
    MODEL_CARD_AVAILABLE,
    /** A CivitAI creator's permission flags for the activity (evaluation/CivitaiPermissions). */
    CIVITAI_PERMISSIONS,
    /** A CivitAI version's baseModel must resolve to a known model, whose licence then binds (knowledge/sources). */
    CIVITAI_BASE_MODEL_KNOWN,
    /** A repository's code licence is not its weights' licence: the weights need terms of their own. */
    CODE_LICENSE_IS_NOT_WEIGHTS_LICENSE,
    /**
     * The licence a source states for the weights (Kaggle's {@code licenseName}) is the weights' licence; a base model
     * the source names binds as well and must be assessed.
     */
    SOURCE_STATES_WEIGHTS_LICENSE,
    /** The model's source (CivitAI, GitHub, Kaggle) should answer when it is where the model's terms are read. */
    MODEL_SOURCE_AVAILABLE,
    /** The lineage walk is cycle-safe and depth-bounded. */
    LINEAGE_BOUNDED;

    /** The plain grant and the SPDX operators; a combination reports its own rule unless a more specific one decided. */
    boolean isGrantOrCombination() {
        return this == LICENSE_GRANT_PER_ACTIVITY || this == SPDX_OR_BEST_OPTION || this == SPDX_AND_ALL_APPLY;
    }
}

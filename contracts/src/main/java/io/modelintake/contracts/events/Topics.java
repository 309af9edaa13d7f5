package io.modelintake.contracts.events;

/** Kafka topics and CloudEvents types of API.md; every event is keyed by request id. */
public final class Topics {

    public static final String REQUEST_REGISTERED = "intake.request.registered";
    public static final String LICENSE_RESOLVED = "license.request.resolved";
    public static final String DATASETS_ASSESSED = "dataset.request.assessed";
    public static final String APPROVAL_OPENED = "approval.request.opened";
    public static final String APPROVAL_DECIDED = "approval.request.decided";
    public static final String DECISION_RECORDED = "audit.decision.recorded";
    public static final String KNOWLEDGE_CHANGED = "knowledge.entry.changed";
    public static final String REEVALUATION_REQUESTED = "intake.request.reevaluation-requested";
    public static final String REQUEST_REEVALUATED = "approval.request.reevaluated";

    public static final String TYPE_REQUEST_REGISTERED = "modelintake.request.registered.v1";
    public static final String TYPE_LICENSE_RESOLVED = "modelintake.license.resolved.v1";
    public static final String TYPE_DATASETS_ASSESSED = "modelintake.dataset.assessed.v1";
    public static final String TYPE_APPROVAL_OPENED = "modelintake.approval.opened.v1";
    public static final String TYPE_APPROVAL_DECIDED = "modelintake.approval.decided.v1";
    public static final String TYPE_DECISION_RECORDED = "modelintake.decision.recorded.v1";
    public static final String TYPE_KNOWLEDGE_CHANGED = "modelintake.knowledge.changed.v1";
    public static final String TYPE_REEVALUATION_REQUESTED = "modelintake.request.reevaluation-requested.v1";
    public static final String TYPE_REQUEST_REEVALUATED = "modelintake.approval.reevaluated.v1";

    /** Suffix of the dead-letter topic of each topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    /**
     * Between a topic's name and a reading service's name: the topic a service's dead letters are replayed into
     * ({@code license.request.resolved.replay.intake-service}). Only that service writes and reads it, since no
     * service may write a topic it does not own.
     */
    public static final String REPLAY_INFIX = ".replay.";

    private Topics() {
    }
}

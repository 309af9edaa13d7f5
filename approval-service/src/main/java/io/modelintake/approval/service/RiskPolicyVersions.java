package io.modelintake.approval.service;

import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Topics;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.ServiceTables;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Announces a new risk policy (issue 15): at start, when the bundled policy's version differs from the one
 * approval-service last recorded, it publishes a {@link KnowledgeChanged} of kind {@code risk-policy} touching every
 * request, so intake-service has them all re-evaluated. The recorded version is one locked row: replicas starting
 * together and restarts announce each new version once. On an empty database the version of the newest task (or,
 * without tasks, the bundled one) is recorded as the last announced, so a fresh system announces nothing.
 */
@ApplicationScoped
public class RiskPolicyVersions {

    static final String KIND = "risk-policy";

    private final RiskPolicy policy;
    private final EntityManager entities;
    private final Outbox outbox;
    private final DecisionRecorder recorder;
    private final Clock clock;
    private final String state;
    private final String tasks;

    public RiskPolicyVersions(RiskPolicy policy, EntityManager entities, Outbox outbox, DecisionRecorder recorder,
            Clock clock, ServiceTables tables) {
        this.policy = policy;
        this.state = tables.table("risk_policy_state");
        this.tasks = tables.table("approval_task");
        this.entities = entities;
        this.outbox = outbox;
        this.recorder = recorder;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        announce(policy.version());
    }

    /** Records {@code bundled} as the current policy version and announces it when it is new; the announcement, if any. */
    @Transactional
    public Optional<KnowledgeChanged> announce(String bundled) {
        Instant now = Instant.now(clock);
        entities.createNativeQuery("insert into " + state + " (id, version, recorded_at) values (1, coalesce("
                        + "(select policy_version from " + tasks + " order by opened_at desc limit 1), :bundled), :now) "
                        + "on conflict (id) do nothing")
                .setParameter("bundled", bundled).setParameter("now", Timestamp.from(now)).executeUpdate();
        String last = (String) entities.createNativeQuery("select version from " + state + " where id = 1 for update")
                .getSingleResult();
        if (last.equals(bundled)) {
            return Optional.empty();
        }
        entities.createNativeQuery("update " + state + " set version = :version, recorded_at = :now where id = 1")
                .setParameter("version", bundled).setParameter("now", Timestamp.from(now)).executeUpdate();
        KnowledgeChanged changed = new KnowledgeChanged(KIND, RiskPolicy.BUNDLED, last, bundled, Reevaluations.ACTOR,
                now, List.of(), List.of(), List.of(), List.of(), true);
        // A policy change concerns no one request: keyed by the new version, so its announcements share a partition.
        UUID key = UUID.nameUUIDFromBytes((KIND + " " + bundled).getBytes(StandardCharsets.UTF_8));
        outbox.publish(Topics.KNOWLEDGE_CHANGED, Topics.TYPE_KNOWLEDGE_CHANGED, key, changed);
        recorder.record(null, DecisionRecord.Step.KNOWLEDGE_CHANGE, Reevaluations.ACTOR, "RISK_POLICY_CHANGED",
                List.of("RISK_POLICY_VERSION:" + last + "→" + bundled), changed, "policy " + last + " → " + bundled);
        return Optional.of(changed);
    }
}

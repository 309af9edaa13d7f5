package io.modelintake.intake.service;

import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.ReevaluationRequested;
import io.modelintake.contracts.events.RequestReevaluated;
import io.modelintake.contracts.events.Topics;
import io.modelintake.intake.config.IntakeConfig;
import io.modelintake.intake.persistence.ModelRequestEntity;
import io.modelintake.intake.persistence.ReevaluationJobEntity;
import io.modelintake.intake.persistence.ReevaluationRequestEntity;
import io.modelintake.platform.outbox.Outbox;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.persistence.ServiceTables;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Re-evaluation jobs: a knowledge change (or an officer's selection) becomes a job; the job finds the requests it
 * affects and asks license-service to re-run them ({@code ReevaluationRequested}), in bounded batches, each its own
 * short transaction, so that one change to a popular licence never holds one huge transaction; approval-service's
 * comparison of each is counted on it.
 *
 * <p>A job's step is either "look at the next {@code batchSize} candidate requests" (keyset paging by id, the
 * database filtering with {@link ReevaluationScope}'s patterns, {@link KnowledgeChanged#touches} deciding) or, once
 * every request was looked at, "ask for the next {@code batchSize} affected requests". The job row is locked with
 * SKIP LOCKED for a step, so replicas share the jobs without doing a step twice.
 */
@ApplicationScoped
public class ReevaluationJobs {

    private static final Logger LOG = Logger.getLogger(ReevaluationJobs.class);
    // PostgreSQL orders uuids by their bytes, unsigned: the nil uuid comes first
    private static final UUID BEFORE_EVERY_ID = new UUID(0, 0);

    private final EntityManager entities;
    private final Outbox outbox;
    private final JsonColumns json;
    private final Clock clock;
    private final IntakeConfig config;
    private final String statuses;
    private final String nextJob;
    private final String requests;

    public ReevaluationJobs(EntityManager entities, Outbox outbox, JsonColumns json, Clock clock, IntakeConfig config,
            ServiceTables tables) {
        this.entities = entities;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.config = config;
        this.statuses = ReevaluationScope.REEVALUATED.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        this.nextJob = "select id from " + tables.table("reevaluation_job") + " where state = 'RUNNING'"
                + " order by started_at, id limit 1 for update skip locked";
        this.requests = tables.table("model_request");
    }

    /** A knowledge change becomes a job, in the consumer's transaction; the worker finds the requests it touches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID start(KnowledgeChanged change) {
        return create(change, change.describe(), change.actor(), false).id;
    }

    /** An officer's job over named requests: those in a re-evaluated status become its members at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReevaluationJobEntity startFor(Collection<UUID> requestIds, KnowledgeChanged selection, String trigger) {
        ReevaluationJobEntity job = create(selection, trigger, selection.actor(), true);
        ModelRequestEntity.<ModelRequestEntity>list("id in ?1", requestIds).stream()
                .filter(request -> ReevaluationScope.REEVALUATED.contains(request.status))
                .forEach(request -> ReevaluationRequestEntity.of(job.id, request.id).persist());
        return job;
    }

    /** An officer's job over what a selection names, found as a knowledge change's requests are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReevaluationJobEntity startFor(KnowledgeChanged selection, String trigger) {
        return create(selection, trigger, selection.actor(), false);
    }

    /** Counts approval-service's comparison of one re-evaluated request, once; an unknown job or request is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluated(RequestReevaluated event) {
        Optional<ReevaluationRequestEntity> member = ReevaluationRequestEntity.findByIdOptional(
                new ReevaluationRequestEntity.Key(event.jobId(), event.requestId()));
        if (member.isEmpty()) {
            LOG.infof("comparison of request %s for unknown re-evaluation job %s ignored", event.requestId(), event.jobId());
            return;
        }
        if (member.get().comparison == null) {
            member.get().comparison = event.comparison();
            member.get().evaluatedAt = Instant.now(clock);
        }
    }

    /** Runs the steps of every running job, each step its own transaction, until no job has work left. */
    @Scheduled(every = "${intake.reevaluation.interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void work() {
        while (QuarkusTransaction.requiringNew().call(this::step)) {
            LOG.debug("re-evaluation step done");
        }
    }

    /** One step of the oldest running job not locked by another replica; false when there was none. */
    boolean step() {
        @SuppressWarnings("unchecked")
        List<UUID> next = entities.createNativeQuery(nextJob).getResultList();
        if (next.isEmpty()) {
            return false;
        }
        ReevaluationJobEntity job = ReevaluationJobEntity.findById(next.get(0));
        if (!job.scanned) {
            scan(job);
        } else if (requestNext(job) == 0) {
            job.state = ReevaluationJobEntity.State.DONE;
            job.finishedAt = Instant.now(clock);
            LOG.infof("re-evaluation job %s done: %s", job.id, job.trigger);
        }
        return true;
    }

    private ReevaluationJobEntity create(KnowledgeChanged change, String trigger, String actor, boolean scanned) {
        ReevaluationJobEntity job = new ReevaluationJobEntity();
        job.id = UUID.randomUUID();
        job.state = ReevaluationJobEntity.State.RUNNING;
        job.trigger = trigger;
        job.change = json.write(change);
        job.startedAt = Instant.now(clock);
        job.startedBy = actor;
        job.scanned = scanned;
        job.persist();
        LOG.infof("re-evaluation job %s started: %s", job.id, trigger);
        return job;
    }

    /** Looks at the next page of candidate requests; those the change touches become the job's members. */
    private void scan(ReevaluationJobEntity job) {
        KnowledgeChanged change = json.read(job.change, KnowledgeChanged.class);
        List<String> lineage = ReevaluationScope.lineagePatterns(change);
        List<String> use = ReevaluationScope.usePatterns(change);
        int batch = config.reevaluation().batchSize();
        if (!change.everyRequest() && lineage.isEmpty() && use.isEmpty()) {
            job.scanned = true;
            return;
        }
        StringBuilder sql = new StringBuilder("select id, status, lineage, intended_use from " + requests + " where id > ?1"
                + " and status in (" + statuses + ")");
        List<String> patterns = new ArrayList<>();
        if (!change.everyRequest()) {
            List<String> conditions = new ArrayList<>();
            for (String pattern : lineage) {
                patterns.add(pattern);
                conditions.add("lower(lineage) like ?" + (1 + patterns.size()) + " escape '\\'");
            }
            for (String pattern : use) {
                patterns.add(pattern);
                conditions.add("lower(intended_use) like ?" + (1 + patterns.size()) + " escape '\\'");
            }
            sql.append(" and (").append(String.join(" or ", conditions)).append(')');
        }
        sql.append(" order by id limit ").append(batch);
        Query query = entities.createNativeQuery(sql.toString());
        query.setParameter(1, job.scanCursor == null ? BEFORE_EVERY_ID : job.scanCursor);
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter(2 + i, patterns.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (ReevaluationScope.affects(change, RequestStatus.valueOf((String) row[1]),
                    json.read((String) row[2], Lineage.class), json.read((String) row[3], IntendedUse.class))) {
                ReevaluationRequestEntity.of(job.id, id).persist();
            }
        }
        if (!rows.isEmpty()) {
            job.scanCursor = (UUID) rows.get(rows.size() - 1)[0];
        }
        job.scanned = rows.size() < batch;
    }

    /** Asks for the next batch of the job's members; how many it asked for. */
    private int requestNext(ReevaluationJobEntity job) {
        List<ReevaluationRequestEntity> members = ReevaluationRequestEntity.<ReevaluationRequestEntity>find(
                "jobId = ?1 and requestedAt is null order by requestId", job.id).page(0, config.reevaluation().batchSize()).list();
        if (members.isEmpty()) {
            return 0;
        }
        Map<UUID, ModelRequestEntity> requests = ModelRequestEntity.<ModelRequestEntity>list("id in ?1",
                members.stream().map(member -> member.requestId).toList()).stream()
                .collect(Collectors.toMap(request -> request.id, Function.identity()));
        Reevaluation reevaluation = new Reevaluation(job.id, job.trigger);
        Instant now = Instant.now(clock);
        for (ReevaluationRequestEntity member : members) {
            ModelRequestEntity request = requests.get(member.requestId);
            outbox.publish(Topics.REEVALUATION_REQUESTED, Topics.TYPE_REEVALUATION_REQUESTED, request.id,
                    new ReevaluationRequested(modelRequest(request), reevaluation));
            member.requestedAt = now;
        }
        return members.size();
    }

    private ModelRequest modelRequest(ModelRequestEntity entity) {
        return new ModelRequest(entity.id, entity.requester, entity.submittedAt, json.read(entity.model, ModelSpec.class),
                json.read(entity.intendedUse, IntendedUse.class));
    }
}

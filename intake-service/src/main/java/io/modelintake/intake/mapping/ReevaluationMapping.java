package io.modelintake.intake.mapping;

import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.intake.persistence.ReevaluationJobEntity;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.persistence.ServiceTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** A job row with the counts of its requests, aggregated in the database. */
@ApplicationScoped
public class ReevaluationMapping {

    private final JsonColumns json;
    private final EntityManager entities;
    private final String counts;

    public ReevaluationMapping(JsonColumns json, EntityManager entities, ServiceTables tables) {
        this.json = json;
        this.entities = entities;
        this.counts = "select count(*), count(requested_at), count(comparison),"
                + " count(*) filter (where comparison = 'WORSE'), count(*) filter (where comparison = 'SAME'),"
                + " count(*) filter (where comparison = 'BETTER') from " + tables.table("reevaluation_request")
                + " where job_id = ?1";
    }

    public ReevaluationJobView view(ReevaluationJobEntity job) {
        Object[] counted = (Object[]) entities.createNativeQuery(counts).setParameter(1, job.id).getSingleResult();
        return new ReevaluationJobView(job.id, job.state.name(), job.trigger, json.read(job.change, KnowledgeChanged.class),
                job.startedAt, job.startedBy, job.finishedAt, new ReevaluationJobView.Counts(count(counted[0]),
                count(counted[1]), count(counted[2]), count(counted[3]), count(counted[4]), count(counted[5])));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}

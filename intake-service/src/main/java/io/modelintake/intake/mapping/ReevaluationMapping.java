package io.modelintake.intake.mapping;

import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.intake.persistence.ReevaluationJobEntity;
import io.modelintake.platform.persistence.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** A job row with the counts of its requests, aggregated in the database. */
@ApplicationScoped
public class ReevaluationMapping {

    private final JsonColumns json;
    private final EntityManager entities;

    public ReevaluationMapping(JsonColumns json, EntityManager entities) {
        this.json = json;
        this.entities = entities;
    }

    public ReevaluationJobView view(ReevaluationJobEntity job) {
        Object[] counts = (Object[]) entities.createNativeQuery("select count(*), count(requested_at), count(comparison),"
                + " count(*) filter (where comparison = 'WORSE'), count(*) filter (where comparison = 'SAME'),"
                + " count(*) filter (where comparison = 'BETTER') from reevaluation_request where job_id = ?1")
                .setParameter(1, job.id).getSingleResult();
        return new ReevaluationJobView(job.id, job.state.name(), job.trigger, json.read(job.change, KnowledgeChanged.class),
                job.startedAt, job.startedBy, job.finishedAt, new ReevaluationJobView.Counts(count(counts[0]),
                count(counts[1]), count(counts[2]), count(counts[3]), count(counts[4]), count(counts[5])));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}

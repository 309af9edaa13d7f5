package io.modelintake.approval;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelRequest;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.Severity;
import io.modelintake.contracts.Subject;
import io.modelintake.contracts.SubjectKind;
import io.modelintake.contracts.Verdict;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.Reevaluation;
import io.modelintake.contracts.events.Topics;
import io.modelintake.testsupport.CloudEventsClient;
import io.modelintake.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Assessed requests as dataset-registry would send them, delivered over the real broker. */
public final class AssessedRequests {

    public static final Tokens TOKENS = Tokens.ofTestRealm();

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AssessedRequests() {
    }

    public static Finding finding(Severity severity, Verdict verdict, Activity activity) {
        return new Finding("TEST_" + severity, severity, Subject.of(SubjectKind.LICENSE, "Apache-2.0"), activity, null,
                verdict, "a " + severity + " finding", List.of("Include the licence text"),
                List.of(new Citation("https://www.apache.org/licenses/LICENSE-2.0", "§4(a)")), "TEST_RULE");
    }

    /** Sends the assessment of a new request by {@code requester} and waits until its approval task is open. */
    public static UUID deliver(CloudEventsClient kafka, String requester, String modelName, List<Activity> activities,
            Finding... findings) {
        return deliver(kafka, requester, modelName, activities, List.of(), findings);
    }

    /** As {@link #deliver}, with the licences the lineage names as license-service describes them. */
    public static UUID deliver(CloudEventsClient kafka, String requester, String modelName, List<Activity> activities,
            List<Lineage.LicenseTerms> licenses, Finding... findings) {
        return deliverFor(kafka, null, requester, modelName, activities, licenses, findings);
    }

    /** As {@link #deliver}, for the company entity {@code entity} (null: a request from before requests named one). */
    public static UUID deliverFor(CloudEventsClient kafka, String entity, String requester, String modelName,
            List<Activity> activities, List<Lineage.LicenseTerms> licenses, Finding... findings) {
        UUID id = UUID.randomUUID();
        ModelRequest request = new ModelRequest(id, requester, Instant.now(),
                new ModelSpec(modelName, "huggingface", "acme/" + id.toString().substring(0, 8), "main", "apache-2.0",
                        null, null, List.of(), List.of("imagenet-1k")),
                new IntendedUse(activities, List.of("DE"), 100L, null, "test", null, entity));
        DatasetsAssessed assessed = new DatasetsAssessed(request,
                new Lineage(request.model().repoId(), licenses.isEmpty() ? "Apache-2.0" : licenses.get(0).id(), "request",
                        List.of(), List.of(new Lineage.DatasetRef("imagenet-1k", request.model().repoId())), licenses),
                List.of(findings), List.of(), "license-test", "dataset-test");
        send(kafka, assessed, CloudEventsClient.newEventId());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ApprovalTaskEntity.findByIdOptional(id).isPresent()));
        return id;
    }

    /**
     * The re-evaluation of a delivered request as dataset-registry would send it: the stored assessment with the
     * licence findings replaced by {@code findings}, the licence knowledge at {@code licenseVersion}, and the job's
     * {@code reevaluation}. Returns the event, to send it again under the same CloudEvent id.
     */
    public static DatasetsAssessed reassess(UUID id, Reevaluation reevaluation, String licenseVersion, Finding... findings) {
        DatasetsAssessed stored = QuarkusTransaction.requiringNew().call(() -> JSON.readerFor(DatasetsAssessed.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .<DatasetsAssessed>readValue(ApprovalTaskEntity.<ApprovalTaskEntity>findById(id).assessed));
        return new DatasetsAssessed(stored.request(), stored.lineage(), List.of(findings), stored.datasetFindings(),
                licenseVersion, stored.datasetKnowledgeVersion(), reevaluation);
    }

    public static void send(CloudEventsClient kafka, DatasetsAssessed assessed, String eventId) {
        try {
            kafka.send(Topics.DATASETS_ASSESSED, assessed.request().id().toString(), eventId,
                    Topics.TYPE_DATASETS_ASSESSED, JSON.writeValueAsString(assessed));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

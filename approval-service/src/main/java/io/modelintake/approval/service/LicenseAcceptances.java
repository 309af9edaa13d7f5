package io.modelintake.approval.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modelintake.approval.acceptance.AcceptanceCheck;
import io.modelintake.approval.acceptance.LicenseAcceptance;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.persistence.LicenseAcceptanceEntity;
import io.modelintake.contracts.DecisionRecord;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.platform.audit.DecisionRecorder;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The company's record of accepted licences: stores an acceptance with its decision record in one transaction,
 * lists them, and tells which click-through licences of a lineage still lack one ({@link AcceptanceCheck}).
 */
@ApplicationScoped
public class LicenseAcceptances {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DecisionRecorder recorder;
    private final JsonColumns json;
    private final Clock clock;
    private final AcceptanceCheck check = new AcceptanceCheck();

    public LicenseAcceptances(DecisionRecorder recorder, JsonColumns json, Clock clock) {
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
    }

    /** Every acceptance, newest first. */
    public List<LicenseAcceptance> list() {
        return LicenseAcceptanceEntity.<LicenseAcceptanceEntity>listAll(Sort.descending("acceptedAt")).stream()
                .map(this::acceptance).toList();
    }

    public LicenseAcceptance find(UUID id) {
        return LicenseAcceptanceEntity.<LicenseAcceptanceEntity>findByIdOptional(id).map(this::acceptance)
                .orElseThrow(() -> ProblemException.notFound("no licence acceptance " + id));
    }

    /**
     * The findings of the click-through licences of the assessed request's lineage that the entity it is for
     * ({@code intendedUse.entity}) has not accepted in the stored text.
     */
    public List<Finding> missing(DatasetsAssessed assessed) {
        String entity = assessed.request().intendedUse() == null ? null : assessed.request().intendedUse().entity();
        List<String> ids = assessed.lineage().licenses().stream().filter(Lineage.LicenseTerms::requiresAcceptance)
                .map(Lineage.LicenseTerms::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<LicenseAcceptance> acceptances = LicenseAcceptanceEntity.<LicenseAcceptanceEntity>list(
                "licenseId in ?1", Sort.ascending("acceptedAt"), ids).stream().map(this::acceptance).toList();
        return check.findings(AssessedFacts.modelId(assessed), entity, assessed.lineage().licenses(), acceptances);
    }

    /** The services' findings on the assessed request and the acceptances it still lacks: what its tier rests on. */
    public List<Finding> findings(DatasetsAssessed assessed) {
        return Stream.concat(AssessedFacts.findings(assessed).stream(), missing(assessed).stream()).toList();
    }

    /**
     * Records an acceptance asked for through the API or the UI. With {@code requestId}, the licence and its text must
     * be those the request's lineage names; the licence's name and, when none are given, the request's model are
     * taken from there.
     */
    @Transactional
    public LicenseAcceptance recordAsked(String licenseId, String licenseName, String textSha256, String entity,
            List<String> models, UUID requestId, String note, String actor) {
        if (requestId == null) {
            return record(licenseId, licenseName, textSha256, entity, models, null, note, actor);
        }
        ApprovalTaskEntity task = ApprovalTaskEntity.<ApprovalTaskEntity>findByIdOptional(requestId)
                .orElseThrow(() -> ProblemException.notFound("no approval task for request " + requestId));
        Lineage lineage = json.read(task.assessed, DatasetsAssessed.class).lineage();
        Lineage.LicenseTerms licence = lineage.licenses().stream().filter(terms -> terms.id().equals(licenseId))
                .findFirst().orElseThrow(() -> ProblemException.invalid("licenseId",
                        "request " + requestId + " names no licence " + licenseId));
        if (!Objects.equals(licence.textSha256(), textSha256)) {
            throw ProblemException.invalid("textSha256", "the text of " + licence.id() + " in request " + requestId
                    + " has SHA-256 " + licence.textSha256());
        }
        List<String> forModels = models == null || models.isEmpty()
                ? List.of(task.modelId != null ? task.modelId : task.modelName) : models;
        return record(licenseId, licenseName == null ? licence.name() : licenseName, textSha256, entity, forModels,
                requestId, note, actor);
    }

    /**
     * Records that {@code actor} accepted a licence text on behalf of {@code entity}; the same entity accepting the
     * same text twice is a conflict (the record is per entity and text).
     */
    @Transactional
    public LicenseAcceptance record(String licenseId, String licenseName, String textSha256, String entity,
            List<String> models, UUID requestId, String note, String actor) {
        long existing = LicenseAcceptanceEntity.count(textSha256 == null
                        ? "entity = ?1 and licenseId = ?2 and textSha256 is null"
                        : "entity = ?1 and licenseId = ?2 and textSha256 = ?3",
                textSha256 == null ? new Object[] {entity, licenseId} : new Object[] {entity, licenseId, textSha256});
        if (existing > 0) {
            throw new ProblemException(409, "Already accepted", entity + " has already accepted this text of "
                    + licenseId + "; see GET /api/license-acceptances");
        }
        LicenseAcceptanceEntity row = new LicenseAcceptanceEntity();
        row.id = UUID.randomUUID();
        row.licenseId = licenseId;
        row.licenseName = licenseName;
        row.textSha256 = textSha256;
        row.entity = entity;
        row.acceptedBy = actor;
        row.acceptedAt = Instant.now(clock);
        row.models = json.write(models == null ? List.of() : models);
        row.requestId = requestId;
        row.note = note;
        row.persist();
        LicenseAcceptance acceptance = acceptance(row);
        recorder.record(requestId, DecisionRecord.Step.LICENSE_ACCEPTANCE, actor,
                "ACCEPTED " + licenseId + " text " + (textSha256 == null ? "(not stored)" : "sha256:" + textSha256)
                        + " on behalf of " + entity,
                List.of("LICENSE:" + licenseId, "ENTITY:" + entity),
                Map.of("acceptance", acceptance), textSha256 == null ? licenseId : "sha256:" + textSha256);
        return acceptance;
    }

    private LicenseAcceptance acceptance(LicenseAcceptanceEntity row) {
        return new LicenseAcceptance(row.id, row.licenseId, row.licenseName, row.textSha256, row.entity,
                row.acceptedBy, row.acceptedAt, json.read(row.models, STRINGS), row.requestId, row.note);
    }
}

package io.modelintake.approval.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.approval.persistence.ApprovalTaskEntity;
import io.modelintake.approval.policy.InvalidPolicyException;
import io.modelintake.approval.policy.RiskAssessment;
import io.modelintake.approval.policy.RiskPolicy;
import io.modelintake.approval.review.OutcomeComparator;
import io.modelintake.approval.review.OutcomeComparison;
import io.modelintake.approval.service.LicenseAcceptances;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.KnowledgeSimulation;
import io.modelintake.contracts.RiskTier;
import io.modelintake.contracts.events.DatasetsAssessed;
import io.modelintake.contracts.events.KnowledgeChanged;
import io.modelintake.platform.persistence.JsonColumns;
import io.modelintake.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The policy and knowledge dry run (issue 15): which existing requests would change tier or verdict under candidate
 * licences, datasets, data sources and/or a candidate risk policy, changing nothing. Every request's last assessment
 * is in its approval task; the requests a candidate entry touches (the rule of {@link KnowledgeChanged#touches}) are
 * evaluated again by the service owning that knowledge, from their resolved lineage, with the knowledge in use and with
 * the candidate; the difference is applied to the recorded findings ({@link KnowledgeDelta}), the result tiered with
 * the candidate policy (or the one in use) and compared with what was recorded ({@link OutcomeComparator}, as a re-evaluation is). The tasks
 * are read in a short transaction of their own; the services are asked after it.
 */
@ApplicationScoped
public class PolicySimulation {

    private static final OutcomeComparator COMPARATOR = new OutcomeComparator();

    /** Requests handed to a service in one call. */
    static final int BATCH = 200;

    private final RiskPolicy policy;
    private final CandidateKnowledge knowledge;
    private final JsonColumns json;
    private final LicenseAcceptances acceptances;

    public PolicySimulation(RiskPolicy policy, CandidateKnowledge knowledge, JsonColumns json,
            LicenseAcceptances acceptances) {
        this.acceptances = acceptances;
        this.policy = policy;
        this.knowledge = knowledge;
        this.json = json;
    }

    /** {@code bearer} is the caller's Authorization header value: the services check the caller's own roles. */
    public SimulationReport simulate(SimulationBody body, String bearer) {
        if (body == null || body.proposesNothing()) {
            throw ProblemException.badRequest("propose at least one of licenses, datasets, dataSources or riskPolicy");
        }
        requireEntries("licenses", body.licenses());
        requireEntries("datasets", body.datasets());
        requireEntries("dataSources", body.dataSources());
        RiskPolicy candidatePolicy = body.riskPolicy() == null ? policy : candidate(body.riskPolicy());
        List<Recorded> recorded = QuarkusTransaction.requiringNew().call(() -> ApprovalTaskEntity
                .<ApprovalTaskEntity>listAll().stream().map(this::recorded).toList());

        Map<UUID, KnowledgeSimulation.Result> licenceResults = new HashMap<>();
        String licenceVersion = null;
        String licenceCandidate = null;
        if (!body.licenses().isEmpty()) {
            KnowledgeChanged change = proposed("license", body.licenses(), List.of());
            List<KnowledgeSimulation.Answer> answers = inBatches(touched(recorded, change),
                    batch -> knowledge.licenses(body.licenses(), batch, bearer));
            answers.forEach(answer -> answer.requests().forEach(result -> licenceResults.put(result.requestId(), result)));
            licenceVersion = answers.get(0).knowledgeVersion();
            licenceCandidate = answers.get(0).candidateVersion();
        }
        Map<UUID, KnowledgeSimulation.Result> datasetResults = new HashMap<>();
        String datasetVersion = null;
        String datasetCandidate = null;
        if (!body.datasets().isEmpty() || !body.dataSources().isEmpty()) {
            // dataset-registry alone knows which datasets draw on a data source: a candidate source is handed every
            // request that names a dataset, and its evaluation shows which of them it changes
            List<Recorded> touched = body.dataSources().isEmpty()
                    ? touched(recorded, proposed("dataset", List.of(), body.datasets()))
                    : recorded.stream().filter(r -> r.lineage() && !r.assessed().lineage().datasets().isEmpty()).toList();
            List<KnowledgeSimulation.Answer> answers = inBatches(touched,
                    batch -> knowledge.datasets(body.datasets(), body.dataSources(), batch, bearer));
            answers.forEach(answer -> answer.requests().forEach(result -> datasetResults.put(result.requestId(), result)));
            datasetVersion = answers.get(0).knowledgeVersion();
            datasetCandidate = answers.get(0).candidateVersion();
        }

        List<SimulationReport.RequestChange> changes = new ArrayList<>();
        int examined = 0;
        for (Recorded request : recorded) {
            KnowledgeSimulation.Result licences = licenceResults.get(request.id());
            KnowledgeSimulation.Result datasets = datasetResults.get(request.id());
            if (licences == null && datasets == null && body.riskPolicy() == null) {
                continue;
            }
            examined++;
            compare(request, licences, datasets, candidatePolicy).ifPresent(changes::add);
        }
        SimulationReport.Versions versions = new SimulationReport.Versions(
                new SimulationReport.Compared(licenceVersion, licenceCandidate),
                new SimulationReport.Compared(datasetVersion, datasetCandidate),
                new SimulationReport.Compared(policy.version(), body.riskPolicy() == null ? null : candidatePolicy.version()));
        long tierChanged = changes.stream().filter(change -> change.tierBefore() != change.tierAfter()).count();
        long tierRaised = changes.stream().filter(change -> change.tierAfter().compareTo(change.tierBefore()) > 0).count();
        return new SimulationReport(versions, examined, changes.size(), (int) tierChanged, (int) tierRaised, changes);
    }

    private Optional<SimulationReport.RequestChange> compare(Recorded request,
            KnowledgeSimulation.Result licences, KnowledgeSimulation.Result datasets, RiskPolicy candidatePolicy) {
        DatasetsAssessed assessed = request.assessed();
        List<Finding> licenceFindings = licences == null ? assessed.licenseFindings()
                : KnowledgeDelta.apply(assessed.licenseFindings(), licences.before(), licences.after());
        List<Finding> datasetFindings = datasets == null ? assessed.datasetFindings()
                : KnowledgeDelta.apply(assessed.datasetFindings(), datasets.before(), datasets.after());
        // The acceptances the request's entity lacks count on both sides: candidate knowledge does not change them.
        List<Finding> missing = acceptances.missing(assessed);
        List<Finding> before = Stream.of(assessed.licenseFindings(), assessed.datasetFindings(), missing)
                .flatMap(List::stream).toList();
        List<Finding> after = Stream.of(licenceFindings, datasetFindings, missing).flatMap(List::stream).toList();
        RiskAssessment reassessed = candidatePolicy.assess(after, assessed.request().intendedUse());
        OutcomeComparison comparison = COMPARATOR.compare(before, request.assessment(), after, reassessed);
        if (!comparison.tierChanged() && comparison.findingChanges().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SimulationReport.RequestChange(request.id(), request.model(),
                request.modelId(), request.status(), comparison.tierBefore(), comparison.tierAfter(),
                comparison.findingChanges(), request.assessment().firedRuleIds(), reassessed.firedRules()));
    }

    /** Each entry is handed on as it is, to be validated by the service that owns it; it must at least be an entry. */
    private static void requireEntries(String field, List<JsonNode> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isObject()) {
                throw ProblemException.invalid(field + "[" + i + "]",
                        "must be an entry in the form its curation endpoint (PUT) takes");
            }
        }
    }

    private static RiskPolicy candidate(String yaml) {
        try {
            return RiskPolicy.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "riskPolicy");
        } catch (InvalidPolicyException e) {
            throw ProblemException.invalid("riskPolicy", e.getMessage());
        }
    }

    /**
     * The proposed entries described as a change, so that the one rule of {@link KnowledgeChanged#touches} picks the
     * requests they touch: by id or alias, as a lineage may name a dataset by either.
     */
    private static KnowledgeChanged proposed(String kind, List<JsonNode> licences, List<JsonNode> datasets) {
        List<String> licenceIds = idsAndAliases(licences);
        List<String> datasetIds = idsAndAliases(datasets);
        return new KnowledgeChanged(kind, String.join(",", Stream.concat(licenceIds.stream(), datasetIds.stream()).toList()),
                null, null, null, null, licenceIds, datasetIds, List.of(), List.of(), false);
    }

    private static List<String> idsAndAliases(List<JsonNode> entries) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.path("id").isTextual()) {
                ids.add(entry.path("id").asText());
            }
            entry.path("aliases").forEach(alias -> {
                if (alias.isTextual()) {
                    ids.add(alias.asText());
                }
            });
        }
        return ids;
    }

    private static List<Recorded> touched(List<Recorded> recorded, KnowledgeChanged change) {
        return recorded.stream()
                .filter(request -> request.lineage()
                        && change.touches(request.assessed().lineage(), request.assessed().request().intendedUse()))
                .toList();
    }

    private static List<KnowledgeSimulation.Answer> inBatches(List<Recorded> requests,
            Function<List<KnowledgeSimulation.Assessed>, KnowledgeSimulation.Answer> ask) {
        List<KnowledgeSimulation.Answer> answers = new ArrayList<>();
        // asked even when no request is touched: the service still validates the candidate and names its versions
        for (int from = 0; from == 0 || from < requests.size(); from += BATCH) {
            answers.add(ask.apply(requests.subList(from, Math.min(requests.size(), from + BATCH)).stream()
                    .map(request -> new KnowledgeSimulation.Assessed(request.assessed().request(),
                            request.assessed().lineage()))
                    .toList()));
        }
        return answers;
    }

    private Recorded recorded(ApprovalTaskEntity entity) {
        return new Recorded(entity.requestId, entity.modelName, entity.modelId, entity.state.name(),
                json.read(entity.assessed, DatasetsAssessed.class), json.read(entity.assessment, RiskAssessment.class));
    }

    /** A request as its approval task recorded it. */
    private record Recorded(UUID id, String model, String modelId, String status, DatasetsAssessed assessed,
            RiskAssessment assessment) {

        boolean lineage() {
            return assessed.lineage() != null;
        }
    }
}

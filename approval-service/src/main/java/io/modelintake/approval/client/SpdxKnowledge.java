package io.modelintake.approval.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelintake.approval.bom.SpdxInput;
import io.modelintake.contracts.Lineage;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What the knowledge says of a lineage's models (domain and type, from their cards) and datasets (type and
 * availability), for the SPDX document. A model or dataset the knowledge does not know, or a service that does not
 * answer, is left out and logged, never an error: the document then omits those fields.
 */
@ApplicationScoped
public class SpdxKnowledge {

    private static final Logger LOG = Logger.getLogger(SpdxKnowledge.class);

    private final KnowledgeEntryClient.Models models;
    private final KnowledgeEntryClient.Datasets datasets;

    public SpdxKnowledge(@RestClient KnowledgeEntryClient.Models models,
            @RestClient KnowledgeEntryClient.Datasets datasets) {
        this.models = models;
        this.datasets = datasets;
    }

    /** The AI facts of the model {@code modelId} and of the lineage's base models, by repo id. */
    public Map<String, SpdxInput.ModelFacts> models(String modelId, Lineage lineage, String bearer) {
        List<String> ids = new ArrayList<>();
        ids.add(modelId);
        lineage.baseModels().stream().map(Lineage.BaseModel::repoId).filter(id -> id != null).forEach(ids::add);
        Map<String, SpdxInput.ModelFacts> facts = new LinkedHashMap<>();
        for (String id : ids.stream().distinct().filter(id -> id != null && id.contains("/")).toList()) {
            read("model " + id, () -> models.model(bearer, encodedPath(id))).map(entry -> entry.path("ai"))
                    .filter(ai -> !ai.isMissingNode())
                    .ifPresent(ai -> facts.put(id, new SpdxInput.ModelFacts(strings(ai.path("domain")),
                            strings(ai.path("typeOfModel")))));
        }
        return facts;
    }

    /** The dataset facts of the lineage's datasets, by the id the lineage names them with. */
    public Map<String, SpdxInput.DatasetFacts> datasets(Lineage lineage, String bearer) {
        Map<String, SpdxInput.DatasetFacts> facts = new LinkedHashMap<>();
        for (String id : lineage.datasets().stream().map(Lineage.DatasetRef::id).distinct().toList()) {
            read("dataset " + id, () -> datasets.dataset(bearer, id)).ifPresent(entry -> facts.put(id,
                    new SpdxInput.DatasetFacts(strings(entry.path("datasetTypes")),
                            entry.path("availability").isTextual() ? entry.path("availability").asText() : null)));
        }
        return facts;
    }

    private static Optional<JsonNode> read(String what, Supplier<JsonNode> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            LOG.debugf("the knowledge did not describe %s: %s", what, e.getMessage());
            return Optional.empty();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String encodedPath(String repoId) {
        return Arrays.stream(repoId.split("/"))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}

package io.modelintake.approval.bom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelintake.contracts.Finding;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.ModelSpec;
import io.modelintake.contracts.RiskTier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the SPDX 3.0.1 JSON-LD document of a request ({@code GET /api/requests/{id}/spdx}) with the AI and Dataset
 * profiles: the requested model as an {@code ai_AIPackage} with the resolved licence as concluded and the licence
 * tag of the request or model card as declared licence, {@code ai_safetyRiskAssessment} from the risk tier and the
 * intended use; its base models as further AI packages linked by {@code descendantOf} along the lineage; its
 * training datasets as {@code dataset_DatasetPackage}s linked by {@code trainedOn}. Licences the SPDX list lacks are
 * {@code LicenseRef-} ids mapped ({@code simplelicensing_customIdToUri}) to a {@code simplelicensing_SimpleLicensingText}
 * holding the stored text. Property names and vocabularies are those of the SPDX 3.0.1 JSON schema
 * (spdx.org/schema/3.0.1/spdx-json-schema.json). Pure: same input, same document.
 */
public final class SpdxBuilder {

    static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
    static final String SPEC_VERSION = "3.0.1";
    private static final String CREATION_INFO = "_:creationinfo";
    private static final Pattern LICENSE_TOKEN = Pattern.compile("[^\\s()]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");
    /** Dataset finding codes that say a dataset holds personal or biometric data (dataset-registry's rules). */
    private static final List<String> SENSITIVE_CODES = List.of("PERSONAL_DATA", "FACES", "MINORS");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final LicenseChoices spdxList = new LicenseChoices();

    public String build(SpdxInput input) {
        BomInput bom = input.bom();
        String namespace = "urn:modelintake:request:" + bom.request().id() + ":";
        Graph graph = new Graph(namespace);

        ObjectNode creationInfo = nodes.objectNode();
        creationInfo.put("type", "CreationInfo");
        creationInfo.put("@id", CREATION_INFO);
        creationInfo.put("specVersion", SPEC_VERSION);
        // The schema's DateTimeStamp has whole seconds and a Z.
        creationInfo.put("created", bom.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        creationInfo.putArray("createdBy").add(namespace + "agent");
        graph.root.add(creationInfo);
        ObjectNode agent = graph.element("SoftwareAgent", namespace + "agent");
        agent.put("name", "model-intake approval-service");

        ModelSpec spec = bom.request().model();
        String modelName = Lineages.modelName(bom.request(), bom.lineage());
        String modelId = graph.id("model", modelName);
        ObjectNode model = aiPackage(graph, modelId, modelName, spec.source(), spec.revision());
        if (spec.name() != null && !spec.name().equals(modelName)) {
            model.put("summary", spec.name());
        }
        bom.riskTier().ifPresent(tier -> model.put("ai_safetyRiskAssessment", safetyRisk(tier)));
        model.put("ai_useSensitivePersonalInformation",
                bom.lineage().datasets().stream().anyMatch(d -> isSensitive(d.id(), input.datasetFindings()))
                        ? "yes" : "noAssertion");
        aiFacts(model, input.models().get(modelName));
        informationAboutApplication(bom.request().intendedUse()).ifPresent(
                text -> model.put("ai_informationAboutApplication", text));
        licence(graph, input, modelId, "hasConcludedLicense", bom.lineage().licenseExpression(), "concluded");
        licence(graph, input, modelId, "hasDeclaredLicense", spec.license(), "declared");

        Map<String, String> packages = new LinkedHashMap<>();
        packages.put(modelName, modelId);
        for (Lineage.BaseModel base : bom.lineage().baseModels()) {
            if (base.repoId() == null || packages.containsKey(base.repoId())) {
                continue;
            }
            String baseId = graph.id("model", base.repoId());
            aiFacts(aiPackage(graph, baseId, base.repoId(), "huggingface", null), input.models().get(base.repoId()));
            licence(graph, input, baseId, "hasConcludedLicense", base.licenseExpression(), "concluded");
            packages.put(base.repoId(), baseId);
        }
        Set<String> linked = new LinkedHashSet<>();
        for (Lineage.BaseModel base : bom.lineage().baseModels()) {
            if (base.repoId() != null) {
                String child = Lineages.derivedFrom(base, modelName, packages.keySet());
                if (linked.add(child + ">" + base.repoId())) {
                    graph.relationship(packages.get(child), "descendantOf", packages.get(base.repoId()));
                }
            }
        }
        for (Lineage.DatasetRef dataset : bom.lineage().datasets()) {
            String datasetId = graph.id("dataset", dataset.id());
            if (!graph.has(datasetId)) {
                dataset(graph, datasetId, dataset.id(), input.datasetFindings(), input.datasets().get(dataset.id()));
            }
            String trainedModel = packages.getOrDefault(dataset.namedBy(), modelId);
            if (linked.add(trainedModel + ">" + datasetId)) {
                graph.relationship(trainedModel, "trainedOn", datasetId);
            }
        }

        ObjectNode document = graph.element("SpdxDocument", namespace + "document");
        document.put("name", "AI BOM of " + modelName + " (request " + bom.request().id() + ")");
        ArrayNode conformance = document.putArray("profileConformance");
        List.of("core", "software", "simpleLicensing", "ai", "dataset").forEach(conformance::add);
        document.putArray("rootElement").add(modelId);
        ArrayNode elements = document.putArray("element");
        graph.ids.stream().filter(id -> !id.equals(namespace + "document")).forEach(elements::add);

        ObjectNode root = nodes.objectNode();
        root.put("@context", CONTEXT);
        root.set("@graph", graph.root);
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the SPDX document of request " + bom.request().id(), e);
        }
    }

    private ObjectNode aiPackage(Graph graph, String id, String name, String source, String revision) {
        ObjectNode model = graph.element("ai_AIPackage", id);
        model.put("name", name);
        model.put("software_primaryPurpose", "model");
        if (revision != null && !revision.isBlank()) {
            model.put("software_packageVersion", revision);
        }
        if ("huggingface".equalsIgnoreCase(source) && name.contains("/")) {
            model.put("software_downloadLocation", "https://huggingface.co/" + name);
            // purl-spec, type huggingface, as in the CycloneDX BOM
            model.put("software_packageUrl", "pkg:huggingface/" + name
                    + (revision == null || revision.isBlank() ? "" : "@" + revision));
        }
        return model;
    }

    /** The model's domain and type as its card states them; omitted where the knowledge does not say. */
    private static void aiFacts(ObjectNode model, SpdxInput.ModelFacts facts) {
        if (facts == null) {
            return;
        }
        if (!facts.domain().isEmpty()) {
            facts.domain().forEach(model.withArray("ai_domain")::add);
        }
        if (!facts.typeOfModel().isEmpty()) {
            facts.typeOfModel().forEach(model.withArray("ai_typeOfModel")::add);
        }
    }

    private void dataset(Graph graph, String id, String name, List<Finding> findings, SpdxInput.DatasetFacts facts) {
        ObjectNode dataset = graph.element("dataset_DatasetPackage", id);
        dataset.put("name", name);
        dataset.put("software_primaryPurpose", "data");
        ArrayNode types = dataset.putArray("dataset_datasetType");
        if (facts == null || facts.types().isEmpty()) {
            // The schema requires a type: where the registry does not say, the document says it does not know.
            types.add("noAssertion");
        } else {
            facts.types().forEach(types::add);
        }
        if (facts != null && facts.availability() != null) {
            dataset.put("dataset_datasetAvailability", facts.availability());
        }
        dataset.put("dataset_hasSensitivePersonalInformation", isSensitive(name, findings) ? "yes" : "noAssertion");
        List<String> messages = findings.stream().filter(f -> concerns(f, name)).map(Finding::message).distinct().toList();
        if (!messages.isEmpty()) {
            dataset.put("comment", String.join("\n", messages));
        }
    }

    /** Relates {@code from} to a licence expression, naming the texts of its {@code LicenseRef-}s where known. */
    private void licence(Graph graph, SpdxInput input, String from, String relationship, String expression,
            String kind) {
        if (expression == null || expression.isBlank()) {
            return;
        }
        String written = spdxExpression(expression.strip());
        String id = graph.id("license", kind + ":" + written);
        if (!graph.has(id)) {
            ObjectNode licence = graph.element("simplelicensing_LicenseExpression", id);
            licence.put("simplelicensing_licenseExpression", written);
            if (!written.equals(expression.strip())) {
                licence.put("comment", "as written: " + expression.strip());
            }
            ArrayNode customIds = nodes.arrayNode();
            Matcher tokens = LICENSE_TOKEN.matcher(written);
            while (tokens.find()) {
                String token = tokens.group();
                String text = input.licenseTexts().get(token);
                if (token.startsWith("LicenseRef-") && text != null) {
                    String textId = graph.id("license-text", token);
                    if (!graph.has(textId)) {
                        ObjectNode licenseText = graph.element("simplelicensing_SimpleLicensingText", textId);
                        licenseText.put("name", token);
                        licenseText.put("simplelicensing_licenseText", text);
                    }
                    ObjectNode entry = customIds.addObject();
                    entry.put("type", "DictionaryEntry");
                    entry.put("key", token);
                    entry.put("value", textId);
                }
            }
            if (!customIds.isEmpty()) {
                licence.set("simplelicensing_customIdToUri", customIds);
            }
        }
        graph.relationship(from, relationship, id);
    }

    /**
     * The expression in SPDX's grammar: ids on the SPDX list as the list spells them, {@code LicenseRef-}s as they
     * are, and anything else (a Hub tag such as {@code llama3.1} or {@code openrail++}) as a {@code LicenseRef-}
     * made of its letters, digits, dots and hyphens.
     */
    String spdxExpression(String expression) {
        Matcher tokens = LICENSE_TOKEN.matcher(expression);
        StringBuilder written = new StringBuilder();
        while (tokens.find()) {
            String token = tokens.group();
            String replacement;
            if (OPERATORS.contains(token.toUpperCase(Locale.ROOT))) {
                replacement = token.toUpperCase(Locale.ROOT);
            } else if (token.startsWith("LicenseRef-") || token.startsWith("DocumentRef-")) {
                replacement = token;
            } else {
                replacement = spdxList.listedId(token).orElseGet(() -> "LicenseRef-" + idString(token));
            }
            tokens.appendReplacement(written, Matcher.quoteReplacement(replacement));
        }
        tokens.appendTail(written);
        return written.toString();
    }

    private static String idString(String token) {
        String cleaned = token.replace("+", "-plus").replaceAll("[^A-Za-z0-9.-]", "-");
        return cleaned.isEmpty() ? "unnamed" : cleaned;
    }

    // SPDX's categories follow the EU general risk assessment methodology, not our tiers: the closest reading.
    private static String safetyRisk(RiskTier tier) {
        return switch (tier) {
            case LOW -> "low";
            case MEDIUM -> "medium";
            case HIGH -> "high";
            case PROHIBITED -> "serious";
        };
    }

    private static Optional<String> informationAboutApplication(IntendedUse use) {
        if (use == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (use.description() != null && !use.description().isBlank()) {
            parts.add(use.description().strip());
        }
        if (!use.activities().isEmpty()) {
            parts.add("Activities: " + String.join(", ", use.activities().stream().map(Enum::name).toList()));
        }
        if (!use.jurisdictions().isEmpty()) {
            parts.add("Jurisdictions: " + String.join(", ", use.jurisdictions()));
        }
        if (use.expectedMonthlyActiveUsers() != null) {
            parts.add("Expected monthly active users: " + use.expectedMonthlyActiveUsers());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(". ", parts));
    }

    private static boolean isSensitive(String dataset, List<Finding> findings) {
        return findings.stream().anyMatch(f -> concerns(f, dataset) && f.code() != null
                && SENSITIVE_CODES.stream().anyMatch(f.code()::contains));
    }

    private static boolean concerns(Finding finding, String dataset) {
        return finding.subject() != null && (dataset.equals(finding.subject().id())
                || finding.subject().path().contains(dataset));
    }

    /** The document's elements in order, with ids unique in the namespace. */
    private final class Graph {
        private final String namespace;
        private final ArrayNode root = nodes.arrayNode();
        private final Set<String> ids = new LinkedHashSet<>();
        private int relationships;

        Graph(String namespace) {
            this.namespace = namespace;
        }

        String id(String kind, String name) {
            return namespace + kind + ":" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        }

        boolean has(String id) {
            return ids.contains(id);
        }

        ObjectNode element(String type, String id) {
            ObjectNode element = root.addObject();
            element.put("type", type);
            element.put("spdxId", id);
            element.put("creationInfo", CREATION_INFO);
            ids.add(id);
            return element;
        }

        void relationship(String from, String type, String to) {
            ObjectNode relationship = element("Relationship", namespace + "relationship:" + (++relationships));
            relationship.put("from", from);
            relationship.put("relationshipType", type);
            relationship.putArray("to").add(to);
        }
    }
}

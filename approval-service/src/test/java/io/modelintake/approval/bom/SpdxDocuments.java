package io.modelintake.approval.bom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.modelintake.platform.spdx.SpdxLicenses;
import net.jimblackler.jsonschemafriend.Schema;
import net.jimblackler.jsonschemafriend.SchemaStore;
import net.jimblackler.jsonschemafriend.Validator;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * Validates SPDX 3.0.1 documents with the SPDX Java tools: the SPDX 3.0.1 JSON schema that spdx-v3jsonld-store
 * ships (the one spdx.org publishes), then the store reads the document into the SPDX model and the model's own
 * verify() checks it, as tools-java's Verify does for a JSON-LD file. Neither checks the licence expression grammar
 * nor that a reference names an element of the document (tried: both pass "MIT ANDD (Apache-2.0" and a
 * relationship to a missing element), so java-spdx-library parses every expression and every reference is looked up.
 */
final class SpdxDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA;

    static {
        SpdxModelFactory.init();
        try (InputStream schema = JsonLDStore.class.getResourceAsStream("/resources/schema-v3.0.1.json")) {
            SCHEMA = new SchemaStore(true).loadSchema(schema);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SpdxDocuments() {
    }

    /** The schema's complaint about {@code document}, or empty when it conforms. */
    static String schemaViolations(String document) {
        try {
            new Validator().validate(SCHEMA, JSON.readValue(document, Map.class));
            return "";
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /** Checks {@code document} both ways and returns it parsed. */
    static JsonNode validated(String document) throws Exception {
        assertThat(schemaViolations(document)).as("SPDX 3.0.1 schema violations of%n%s", document).isEmpty();
        JsonLDStore store = new JsonLDStore(new InMemSpdxStore());
        SpdxDocument read = store.deSerialize(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), false);
        List<String> problems = new ArrayList<>(read.verify());
        JsonNode parsed = JSON.readTree(document);
        problems.addAll(expressionAndReferenceProblems(parsed));
        assertThat(problems).as("SPDX model verification of%n%s", document).isEmpty();
        return parsed;
    }

    static List<String> expressionAndReferenceProblems(JsonNode document) {
        Set<String> ids = new HashSet<>();
        document.path("@graph").forEach(element -> {
            ids.add(element.path("spdxId").asText());
            ids.add(element.path("@id").asText());
        });
        List<String> problems = new ArrayList<>();
        document.path("@graph").forEach(element -> {
            JsonNode expression = element.path("simplelicensing_licenseExpression");
            if (expression.isTextual()) {
                SpdxLicenses.problem(expression.asText()).ifPresent(problem ->
                        problems.add("'" + expression.asText() + "' " + problem));
            }
            List<JsonNode> references = new ArrayList<>();
            List.of("from", "creationInfo").forEach(field -> references.add(element.path(field)));
            List.of("to", "rootElement", "element", "createdBy").forEach(field -> element.path(field).forEach(references::add));
            element.path("simplelicensing_customIdToUri").forEach(entry -> references.add(entry.path("value")));
            references.stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                    .filter(reference -> !ids.contains(reference))
                    .forEach(reference -> problems.add(element.path("spdxId").asText() + " names no element " + reference));
        });
        return problems;
    }
}

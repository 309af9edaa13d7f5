package io.modelintake.approval.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.DecisionRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    private final CanonicalJson canonical = new CanonicalJson();

    private final DecisionRecord record = new DecisionRecord(
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            UUID.fromString("7d4c1f0e-1b7a-4f7e-9a59-5c6a3e1d2b10"),
            DecisionRecord.Step.APPROVAL, "bob", "APPROVE", List.of("HIGH_SEVERITY_FINDING", "MODEL_CARD_UNREACHABLE"),
            null, "policy-2026-11-26.1", Instant.parse("2026-11-26T10:15:30.120Z"));

    @Test
    void writesSortedKeysWithoutWhitespaceAndInstantsAsIsoStrings() {
        // Pinned: changing this form invalidates every stored hash.
        assertThat(canonical.write(record)).isEqualTo("{\"actor\":\"bob\",\"at\":\"2026-11-26T10:15:30.120Z\","
                + "\"decision\":\"APPROVE\",\"id\":\"00000000-0000-0000-0000-000000000001\",\"inputsDigest\":null,"
                + "\"knowledgeVersion\":\"policy-2026-11-26.1\","
                + "\"reasons\":[\"HIGH_SEVERITY_FINDING\",\"MODEL_CARD_UNREACHABLE\"],"
                + "\"requestId\":\"7d4c1f0e-1b7a-4f7e-9a59-5c6a3e1d2b10\",\"step\":\"APPROVAL\"}");
    }

    @Test
    void sortsNestedMapsWhateverTheirInsertionOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(Map.of("y", true, "b", "é")));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("record", inner);
        outer.put("previousHash", "00");

        assertThat(canonical.write(outer))
                .isEqualTo("{\"previousHash\":\"00\",\"record\":{\"a\":[{\"b\":\"é\",\"y\":true}],\"z\":1}}");
    }

    @Test
    void sortsAJacksonTree() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("{\"b\": {\"d\": 1, \"c\": [ {\"f\": null, \"e\": \"x\"} ]}, \"a\": 2}");

        assertThat(canonical.write(tree)).isEqualTo("{\"a\":2,\"b\":{\"c\":[{\"e\":\"x\",\"f\":null}],\"d\":1}}");
    }

    @Test
    void digestIsLowerCaseHexSha256OfTheCanonicalText() {
        // echo -n '{"a":"b"}' | sha256sum
        assertThat(canonical.sha256Hex(Map.of("a", "b")))
                .isEqualTo("db4a7ecb114bc66c623a06c4ff6fe8daa2f49cc270ebbf7a1f81e22ab061c837");
    }
}

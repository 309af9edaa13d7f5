package io.modelintake.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EU AI Act block travels in every event inside IntendedUse: it must read and write unchanged. */
class IntendedUseJsonTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theEuAiActBlockReadsAndWritesUnchanged() throws Exception {
        String text = """
                {"activities": ["SERVE_AS_API"], "jurisdictions": ["FR"], "description": "image generator",
                 "euAiAct": {"role": "DOWNSTREAM_PROVIDER", "annexIIIArea": "NONE", "interactsWithPeople": true,
                             "syntheticContent": ["IMAGE"], "practices": ["DEEP_FAKES"]}}
                """;

        IntendedUse use = json.readValue(text, IntendedUse.class);

        EuAiAct block = use.euAiAct();
        assertEquals(EuAiAct.Role.DOWNSTREAM_PROVIDER, block.role());
        assertEquals(List.of(EuAiAct.SyntheticContent.IMAGE), block.syntheticContent());
        assertEquals(List.of(EuAiAct.Practice.DEEP_FAKES), block.practices());
        assertEquals(use, json.readValue(json.writeValueAsString(use), IntendedUse.class));
        assertTrue(json.readTree(json.writeValueAsString(use)).path("euAiAct").has("art6_3Exemption"));
    }

    @Test
    void withoutTheBlockTheUseIsAsBefore() throws Exception {
        IntendedUse use = json.readValue("{\"activities\": [\"INTERNAL_TOOL\"], \"jurisdictions\": [\"US\"]}",
                IntendedUse.class);

        assertNull(use.euAiAct());
        assertEquals(new IntendedUse(List.of(Activity.INTERNAL_TOOL), List.of("US"), null, null, null), use);
    }

    @Test
    void anUnansweredAreaMeansNone() throws Exception {
        EuAiAct block = json.readValue("{\"role\": \"DEPLOYER\"}", EuAiAct.class);

        assertEquals(EuAiAct.AnnexIIIArea.NONE, block.annexIIIArea());
        assertEquals(List.of(), block.practices());
    }
}

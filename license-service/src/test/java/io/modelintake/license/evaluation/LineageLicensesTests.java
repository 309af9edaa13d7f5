package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Lineage;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import io.modelintake.license.rest.LicenseTextResource;
import io.modelintake.platform.knowledge.KnowledgeTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageLicensesTests {

    private static final KnowledgeSnapshot BUNDLED = LicenseKnowledge.loadBundled();
    private static final KnowledgeTexts TEXTS = new KnowledgeTexts(LineageLicensesTests.class.getClassLoader(),
            LicenseTextResource.TEXTS);

    private final LineageLicenses licenses = new LineageLicenses();

    @Test
    void aLlamaFineTuneNamesItsOwnLicenceAndLlamasWithTheTextHashAndTheClickThrough() {
        Lineage lineage = new Lineage("acme/llama-ft", "Apache-2.0", "request", List.of(
                new Lineage.BaseModel("meta-llama/Llama-3.1-8B", "LicenseRef-Llama-3.1-Community",
                        List.of("acme/llama-ft", "meta-llama/Llama-3.1-8B"))), List.of());

        List<Lineage.LicenseTerms> described = describe(lineage);

        assertThat(described).extracting(Lineage.LicenseTerms::id)
                .containsExactly("Apache-2.0", "LicenseRef-Llama-3.1-Community");
        Lineage.LicenseTerms llama = described.get(1);
        assertThat(llama.textSha256()).isEqualTo(TEXTS.find("LicenseRef-Llama-3.1-Community").orElseThrow().digest());
        assertThat(llama.requiresAcceptance()).isTrue();
        assertThat(llama.acceptance().clause()).contains("By clicking “I Accept”");
        assertThat(described.get(0).requiresAcceptance()).as("Apache-2.0 binds without a click-through").isFalse();
    }

    @Test
    void eachLicenceOnceAcrossAnExpressionAndTheBaseModels() {
        Lineage lineage = new Lineage("acme/sdxl-ft",
                "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M AND LicenseRef-Stability-AI-Community", "request",
                List.of(new Lineage.BaseModel("stabilityai/stable-diffusion-xl-base-1.0",
                                "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M", List.of()),
                        new Lineage.BaseModel("unknown/model", null, List.of())), List.of());

        assertThat(describe(lineage)).extracting(Lineage.LicenseTerms::id, Lineage.LicenseTerms::requiresAcceptance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LicenseRef-CreativeML-OpenRAIL-PlusPlus-M", false),
                        org.assertj.core.groups.Tuple.tuple("LicenseRef-Stability-AI-Community", true));
    }

    @Test
    void gemmaBindsByAcceptanceWithoutAStoredText() {
        Lineage lineage = new Lineage("google/gemma-2-9b", "gemma", "model-card", List.of(), List.of());

        Lineage.LicenseTerms gemma = describe(lineage).get(0);

        assertThat(gemma.id()).isEqualTo("LicenseRef-Gemma-Terms-of-Use");
        assertThat(gemma.textSha256()).isNull();
        assertThat(gemma.requiresAcceptance()).isTrue();
    }

    @Test
    void anUnresolvedLineageNamesNoLicence() {
        assertThat(describe(new Lineage("a/b", null, null, List.of(), List.of()))).isEmpty();
    }

    private List<Lineage.LicenseTerms> describe(Lineage lineage) {
        return licenses.describe(lineage, BUNDLED, id -> TEXTS.find(id).map(KnowledgeTexts.Text::digest));
    }
}

package io.modelintake.license.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CivitaiBaseModelsTests {

    private static final KnowledgeSnapshot KNOWLEDGE = LicenseKnowledge.loadBundled();

    @Test
    void everyBundledMappingNamesAKnownModelWhoseLicenceIsTheOneCivitaiNamesOrSaysWhyNot() {
        CivitaiBaseModels mapping = CivitaiBaseModels.loadBundled().checkAgainst(KNOWLEDGE);

        assertThat(mapping.size()).isGreaterThanOrEqualTo(14);
        assertThat(mapping.of("Flux.1 D")).get().extracting(CivitaiBaseModels.Mapping::model)
                .isEqualTo("black-forest-labs/FLUX.1-dev");
        assertThat(mapping.of("sdxl  1.0")).as("case and spacing as written").get()
                .extracting(CivitaiBaseModels.Mapping::model).isEqualTo("stabilityai/stable-diffusion-xl-base-1.0");
        assertThat(mapping.of("Illustrious")).as("not mapped: no guess").isEmpty();
        assertThat(mapping.sourceUrl()).startsWith("https://github.com/civitai/civitai/");
    }

    @Test
    void aMappingToAModelOutsideTheCatalogueStopsTheLoad() {
        CivitaiBaseModels mapping = CivitaiBaseModels.parse("""
                sourceUrl: https://example.org/table
                checked: '2026-12-02'
                baseModels:
                - civitai: Imaginary 1
                  model: nobody/imaginary-1
                  license: MIT
                """);

        assertThatThrownBy(() -> mapping.checkAgainst(KNOWLEDGE)).hasMessageContaining("nobody/imaginary-1");
    }

    @Test
    void aLicenceThatDisagreesWithTheCatalogueNeedsANote() {
        CivitaiBaseModels mapping = CivitaiBaseModels.parse("""
                sourceUrl: https://example.org/table
                checked: '2026-12-02'
                baseModels:
                - civitai: Flux.1 D
                  model: black-forest-labs/FLUX.1-dev
                  license: Apache-2.0
                """);

        assertThatThrownBy(() -> mapping.checkAgainst(KNOWLEDGE)).hasMessageContaining("add a note");
    }
}

package io.modelintake.license.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseKnowledge;
import io.modelintake.platform.knowledge.ChangeScope.Touched;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a change to each kind of licence knowledge touches, read from the bundled knowledge. */
class LicenseChangeScopeTests {

    private static final KnowledgeSnapshot BUNDLED = LicenseKnowledge.loadBundled();
    private final LicenseChangeScope scope = new LicenseChangeScope();

    @Test
    void aLicenceTouchesTheRequestsNamingItByIdOrAlias() {
        assertThat(scope.of(BUNDLED, "license", "MIT").licenses()).containsExactlyInAnyOrder("MIT", "mit", "mit license");
        assertThat(scope.of(BUNDLED, "license", "MIT").models()).isEmpty();
    }

    @Test
    void anAddendumTouchesTheModelsItAppliesTo() {
        Touched touched = scope.of(BUNDLED, "addendum", "juggernaut-xl-no-api-service");
        assertThat(touched.models()).contains("RunDiffusion/Juggernaut-XL-v9", "RunDiffusion/Juggernaut-XL");
        assertThat(touched.licenses()).isEmpty();
    }

    @Test
    void aKnownModelTouchesItselfAsAModelOrABaseModel() {
        assertThat(scope.of(BUNDLED, "model", "stabilityai/stable-diffusion-xl-base-1.0").models())
                .containsExactly("stabilityai/stable-diffusion-xl-base-1.0");
    }

    @Test
    void anEntryNotInTheSnapshotTouchesNothingThere() {
        assertThat(scope.of(BUNDLED, "license", "LicenseRef-not-yet-curated")).isEqualTo(Touched.NOTHING);
        assertThatThrownBy(() -> scope.of(BUNDLED, "recipe", "x")).hasMessageContaining("recipe");
    }

    @Test
    void beforeAndAfterTogetherKeepAnAliasTheChangeRemoved() {
        Touched before = Touched.licenses(List.of("MIT", "mit", "mit license"));
        Touched after = Touched.licenses(List.of("MIT", "mit"));
        assertThat(before.and(after).licenses()).containsExactlyInAnyOrder("MIT", "mit", "mit license");
    }
}

package io.modelintake.platform.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** What seeding a bundle writes and which of its entries a re-seed announces: one row per case in cases/bundle-seed.csv. */
class BundleSeedTests {

    private static final String ORIGIN = "bundle:v2";

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/bundle-seed.csv", numLinesToSkip = 1)
    void oneEntry(String name, String stored, String bundled, boolean written, boolean changed, boolean kept) {
        Map<String, BundleSeed.Stored> store = new LinkedHashMap<>();
        if (stored != null) {
            String[] parts = stored.split("\\|", 2);
            store.put("MIT", new BundleSeed.Stored(parts[0], parts[1]));
        }

        BundleSeed seed = BundleSeed.plan(store, Map.of("MIT", bundled), ORIGIN);

        assertThat(seed.write().contains("MIT")).as(name + ": written").isEqualTo(written);
        assertThat(seed.changed().contains("MIT")).as(name + ": announced").isEqualTo(changed);
        assertThat(seed.kept().contains("MIT")).as(name + ": kept over the bundle").isEqualTo(kept);
    }

    @Test
    void aStoredEntryTheBundleNoLongerShipsIsLeftAlone() {
        BundleSeed seed = BundleSeed.plan(Map.of("Old", new BundleSeed.Stored("bundle:v1", "{old}")),
                Map.of("MIT", "{mit}"), ORIGIN);

        assertThat(seed.write()).containsExactly("MIT");
        assertThat(seed.changed()).containsExactly("MIT");
    }
}

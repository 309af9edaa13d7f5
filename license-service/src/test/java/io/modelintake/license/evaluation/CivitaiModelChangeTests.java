package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.license.evaluation.CivitaiModel.CommercialUse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Which edits of a CivitAI model are a reason to re-evaluate: one row per case in cases/civitai-model-changes.csv. */
class CivitaiModelChangeTests {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/civitai-model-changes.csv", numLinesToSkip = 1)
    void aModelMovedWhenItsFlagsOrTheRequestedBaseModelDid(String name, String before, String after, Long requestedVersion,
            String expected) {
        CivitaiModelChange change = new CivitaiModelChange(model(before, requestedVersion), model(after, requestedVersion));

        assertThat(change.differences()).as(name).containsExactlyElementsOf(expected == null ? List.of()
                : List.of(expected.split(";")));
        assertThat(CivitaiModelChange.fingerprint(change.before()).equals(CivitaiModelChange.fingerprint(change.after())))
                .as(name + ": the fingerprint moves with the facts").isEqualTo(!change.moved());
    }

    /** {@code commercialUse|derivatives|differentLicense|noCredit|v1 base/v2 base/...} (uses joined by '+'). */
    private static CivitaiModel model(String facts, Long requestedVersion) {
        String[] parts = facts.split("\\|", -1);
        Set<CommercialUse> uses = EnumSet.noneOf(CommercialUse.class);
        if (!parts[0].isEmpty()) {
            Arrays.stream(parts[0].split("\\+")).map(CommercialUse::valueOf).forEach(uses::add);
        }
        String[] bases = parts[4].split("/");
        List<CivitaiModel.Version> versions = new ArrayList<>();
        for (int i = 0; i < bases.length; i++) {
            versions.add(new CivitaiModel.Version(i + 1, "v" + (i + 1), bases[i], List.of()));
        }
        return new CivitaiModel(4201, "Some LoRA", "LORA", "creator", uses, Boolean.parseBoolean(parts[1]),
                Boolean.parseBoolean(parts[2]), Boolean.parseBoolean(parts[3]), versions, requestedVersion);
    }
}

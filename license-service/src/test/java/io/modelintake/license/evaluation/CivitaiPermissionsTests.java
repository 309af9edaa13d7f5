package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Activity;
import io.modelintake.contracts.Verdict;
import io.modelintake.license.evaluation.CivitaiModel.CommercialUse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** A CivitAI creator's permission flags per activity: one row per case in cases/civitai-permission-cases.csv. */
class CivitaiPermissionsTests {

    private final CivitaiPermissions permissions = new CivitaiPermissions();

    @ParameterizedTest(name = "[{0}] derivatives={1} differentLicense={2} noCredit={3} {4} -> {5}: {7}")
    @CsvFileSource(resources = "/cases/civitai-permission-cases.csv", numLinesToSkip = 1)
    void theFlagsDecideEachActivity(String commercialUse, boolean derivatives, boolean differentLicense,
            boolean noCredit, Activity activity, Verdict expected, String obligation, String why) {
        Set<CommercialUse> uses = EnumSet.noneOf(CommercialUse.class);
        if (commercialUse != null) {
            Arrays.stream(commercialUse.split("\\|")).map(CommercialUse::valueOf).forEach(uses::add);
        }
        CivitaiModel model = new CivitaiModel(1, "a model", "LORA", "creator", uses, derivatives, differentLicense,
                noCredit, List.of(), null);

        CivitaiPermissions.Term term = permissions.termFor(model, activity);

        assertThat(term.verdict()).as(why).isEqualTo(expected);
        if (obligation != null) {
            assertThat(term.obligations()).as(why).anyMatch(text -> text.contains(obligation));
        }
        assertThat(term.flag()).as("every verdict names the flag it rests on").isNotBlank();
    }
}

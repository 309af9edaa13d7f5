package io.modelintake.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelintake.contracts.Activity;
import io.modelintake.contracts.IntendedUse;
import io.modelintake.contracts.Lineage;
import io.modelintake.contracts.RequestStatus;
import io.modelintake.contracts.events.KnowledgeChanged;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Which requests a change touches (cases/reevaluation-scope-cases.csv), and that the database's coarse filter never
 * drops one of them: every touched request's stored JSON matches one of the LIKE patterns.
 */
class ReevaluationScopeTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/reevaluation-scope-cases.csv", delimiter = '|', numLinesToSkip = 3,
            quoteCharacter = '`')
    void aChangeTouchesTheRequestsWhoseLineageOrUseNamesIt(String name, String licenses, String datasets, String models,
            String jurisdictions, boolean every, RequestStatus status, String model, String baseModels,
            String lineageDatasets, String lineageLicenses, String useJurisdictions, boolean affected) throws Exception {
        KnowledgeChanged change = new KnowledgeChanged("license", "x", "b+r1", "b+r2", "bob", Instant.EPOCH,
                list(licenses), list(datasets), list(models), list(jurisdictions), every);
        Lineage lineage = model.equals("-") ? null : new Lineage(model, "x", "card",
                list(baseModels).stream().map(id -> new Lineage.BaseModel(id, "x", List.of(model, id))).toList(),
                list(lineageDatasets).stream().map(id -> new Lineage.DatasetRef(id, model)).toList(),
                list(lineageLicenses).stream().map(id -> new Lineage.LicenseTerms(id, id, null, null)).toList());
        IntendedUse use = new IntendedUse(List.of(Activity.INTERNAL_TOOL), list(useJurisdictions), null, null, "a tool");

        assertThat(ReevaluationScope.affects(change, status, lineage, use)).as(name).isEqualTo(affected);
        if (change.touches(lineage, use) && !every) {
            String storedLineage = lineage == null ? "" : JSON.writeValueAsString(lineage).toLowerCase(Locale.ROOT);
            String storedUse = JSON.writeValueAsString(use).toLowerCase(Locale.ROOT);
            assertThat(ReevaluationScope.lineagePatterns(change).stream().anyMatch(p -> like(p, storedLineage))
                    || ReevaluationScope.usePatterns(change).stream().anyMatch(p -> like(p, storedUse)))
                    .as(name + ": the database's filter keeps the request").isTrue();
        }
    }

    @Test
    void anIdIsLookedForAsAWholeJsonStringWithLikeWildcardsEscaped() {
        assertThat(ReevaluationScope.quotedAnywhere("LicenseRef-a_b%c")).isEqualTo("%\"licenseref-a\\_b\\%c\"%");
        assertThat(ReevaluationScope.quotedAnywhere("we\"ird\\x")).isEqualTo("%\"we\\\\\"ird\\\\\\\\x\"%");
        assertThat(like(ReevaluationScope.quotedAnywhere("gemma"), "{\"id\":\"gemma-terms\"}")).isFalse();
    }

    /** PostgreSQL's LIKE with {@code \} as the escape character. */
    private static boolean like(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    private static List<String> list(String spaced) {
        return spaced.equals("-") ? List.of() : Arrays.asList(spaced.trim().split("\\s+"));
    }
}

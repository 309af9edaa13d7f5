package io.modelintake.license.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which edits of a model card are a reason to re-evaluate the requests resting on it. */
class ModelCardChangeTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            nothing moved                  | apache-2.0 | null   | a/base       | apache-2.0   | null   | a/base       | false
            only the sha and README moved  | mit        | null   | a/base       | mit          | null   | a/base       | false
            licence tag changed            | openrail++ | null   | a/base       | cc-by-nc-4.0 | null   | a/base       | true
            licence name of other changed  | other      | terms1 | a/base       | other        | terms2 | a/base       | true
            base model added               | mit        | null   | a/base       | mit          | null   | a/base b/two | true
            base model case and order only | mit        | null   | a/Base b/two | mit          | null   | b/two A/base | false
            licence removed                | mit        | null   | a/base       | null         | null   | a/base       | true
            """)
    void aCardMovedWhenItsLicenceOrBaseModelsDid(String name, String licenseBefore, String nameBefore, String basesBefore,
            String licenseAfter, String nameAfter, String basesAfter, boolean moved) {
        ModelCard before = card("sha1", licenseBefore, nameBefore, basesBefore);
        ModelCard after = card("sha2", licenseAfter, nameAfter, basesAfter);
        ModelCardChange change = new ModelCardChange(before, after);
        assertThat(change.moved()).as(name).isEqualTo(moved);
        assertThat(change.differences()).as(name).hasSize(moved ? 1 : 0);
    }

    private static ModelCard card(String sha, String license, String licenseName, String bases) {
        return new ModelCard("acme/model", sha, license, licenseName, null, List.of(bases.split(" ")), List.of(), List.of());
    }
}

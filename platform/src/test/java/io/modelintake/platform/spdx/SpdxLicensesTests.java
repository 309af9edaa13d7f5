package io.modelintake.platform.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** What the one SPDX check accepts and refuses, row by row with what java-spdx-library does with it. */
class SpdxLicensesTests {

    enum Expected { ACCEPTED, REFUSED }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvFileSource(resources = "/cases/spdx-expressions.csv", delimiter = '|', commentCharacter = '#')
    void anExpressionIsCheckedAsSpdxDefinesIt(String expression, Expected expected, String words, String libraryBehaviour) {
        if (expected == Expected.ACCEPTED) {
            assertThat(SpdxLicenses.problem(expression)).as(libraryBehaviour).isEmpty();
        } else {
            assertThat(SpdxLicenses.problem(expression)).as(libraryBehaviour)
                    .hasValueSatisfying(problem -> assertThat(problem).contains(words));
        }
    }

    @ParameterizedTest(name = "{0} names one licence: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MIT                                | true
            LicenseRef-ImageNet-Terms-of-Access | true
            LicenseRef-                        | false
            LicenseRef-terms_v1                | false
            Apache-2.0 OR MIT                  | false
            Foo-1.0                            | false
            """)
    void aLicenceIdIsListedOrALicenseRefWithAnIdstring(String id, boolean licenseId) {
        assertThat(SpdxLicenses.isLicenseId(id)).isEqualTo(licenseId);
    }
}

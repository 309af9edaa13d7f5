package io.modelintake.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionsTests {

    private static final Set<String> EU_27 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private final Jurisdictions jurisdictions = Jurisdictions.standard();

    @Test
    void theEuIsItsTwentySevenMemberStatesHungaryIncluded() {
        Set<String> eu = jurisdictions.expand("EU");
        assertEquals(28, eu.size(), "27 members and the group id: " + eu);
        assertTrue(eu.containsAll(EU_27), () -> "missing " + EU_27.stream().filter(code -> !eu.contains(code)).toList());
        assertTrue(eu.contains("HU"));
    }

    @Test
    void theEeaAddsIcelandLiechtensteinAndNorway() {
        Set<String> eea = jurisdictions.expand("EEA");
        assertTrue(eea.containsAll(EU_27));
        assertTrue(eea.containsAll(Set.of("IS", "LI", "NO")));
        assertEquals(27 + 3 + 1, eea.size(), eea::toString);
        assertFalse(jurisdictions.expand("EU").contains("NO"));
        assertFalse(eea.contains("CH"), "Switzerland is in EFTA, not the EEA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HU", "DE", "EU", "hu", "EEA"})
    void aRequestInAnEuMemberStateOrTheUnionMeetsAnEuScopedTerm(String requested) {
        assertTrue(jurisdictions.overlaps(requested, List.of("EU")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CH", "GB", "NO"})
    void aRequestOutsideTheUnionDoesNotMeetAnEuScopedTerm(String requested) {
        assertFalse(jurisdictions.overlaps(requested, List.of("EU")));
    }

    @Test
    void aRequestForTheEuMeetsATermThatListsOneMemberState() {
        assertTrue(jurisdictions.overlaps("EU", List.of("FR")));
        assertTrue(jurisdictions.overlaps("NO", List.of("EEA")));
    }

    @Test
    void aCountryBelongsToItsGroupsNarrowestFirst() {
        assertEquals(List.of("EU", "EEA"), jurisdictions.groupsOf("HU"));
        assertEquals(List.of("EEA"), jurisdictions.groupsOf("NO"));
        assertEquals(List.of(), jurisdictions.groupsOf("US"));
    }

    @Test
    void everyGroupCitesWhereItsMembershipWasRead() {
        for (String id : List.of("EU", "EEA")) {
            Jurisdictions.Group group = jurisdictions.group(id).orElseThrow();
            assertTrue(group.sourceUrl().contains("europa.eu"), group::sourceUrl);
            assertTrue(group.checked() != null);
        }
    }

    @Test
    void anUnknownIncludedGroupIsALoadError() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> load("""
                groups:
                  - {id: EEA, name: x, includes: [EUR], members: [NO], sourceUrl: 'https://e.eu', checked: '2026-12-02'}
                """));
        assertTrue(error.getMessage().contains("unknown group 'EUR'"), error::getMessage);
    }

    @Test
    void aMalformedMemberOrMissingSourceIsALoadError() {
        assertThrows(IllegalStateException.class, () -> load("""
                groups:
                  - {id: EU, name: x, members: [Hungary], sourceUrl: 'https://e.eu', checked: '2026-12-02'}
                """));
        assertThrows(IllegalStateException.class, () -> load("""
                groups:
                  - {id: EU, name: x, members: [HU], checked: '2026-12-02'}
                """));
        assertThrows(IllegalStateException.class, () -> load("""
                groups:
                  - {id: AAA, name: x, includes: [BBB], sourceUrl: 'https://e.eu', checked: '2026-12-02'}
                  - {id: BBB, name: y, includes: [AAA], sourceUrl: 'https://e.eu', checked: '2026-12-02'}
                """));
    }

    private static Jurisdictions load(String yaml) {
        return Jurisdictions.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.modelintake.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SourceRefTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvFileSource(resources = "/cases/source-refs.csv", numLinesToSkip = 1)
    void aSourceRefParsesToTheModelItNames(String source, String sourceRef, String expectedId) {
        String id = SourceRef.parse(source, sourceRef).map(SourceRef::id).orElse(null);
        assertEquals(expectedId, id, source + " " + sourceRef);
    }

    @Test
    void aCivitaiRefNeedsAModelOrAVersion() {
        assertThrows(IllegalArgumentException.class, () -> new SourceRef.Civitai(null, null));
    }

    @Test
    void theCivitaiPageOfAVersionNamesItsModelWhenKnown() {
        assertEquals("https://civitai.com/models/4201?modelVersionId=501240",
                new SourceRef.Civitai(4201L, 501240L).pageUrl());
        assertEquals("https://github.com/NVlabs/stylegan3", new SourceRef.Github("NVlabs", "stylegan3").pageUrl());
    }
}

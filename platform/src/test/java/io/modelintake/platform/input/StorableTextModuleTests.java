package io.modelintake.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A NUL anywhere a string is read is refused, with the path of the field that holds it. */
class StorableTextModuleTests {

    record Use(String description, List<String> jurisdictions) {
    }

    record Body(String name, String[] aliases, Use use, Map<String, Integer> counts, Object extra) {
    }

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new StorableTextModule()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a field                         | {"name": "Juggernaut\\u0000XL"}                          | name
            a field of a nested record      | {"use": {"description": "\\u0000"}}                     | use.description
            an element of a list            | {"use": {"jurisdictions": ["US", "E\\u0000U"]}}         | use.jurisdictions[1]
            an element of an array          | {"aliases": ["a", "b", "\\u0000"]}                      | aliases[2]
            a map key                       | {"counts": {"x\\u0000": 1}}                             | counts
            an untyped value (the field)    | {"extra": {"notes": ["fine", "not\\u0000fine"]}}        | extra
            """)
    void aNulIsRefusedNamingTheField(String where, String json, String field) {
        assertThatThrownBy(() -> mapper.readValue(json, Body.class))
                .as(where)
                .isInstanceOf(UnstorableTextException.class)
                .hasMessageStartingWith(StorableText.NUL_REFUSED)
                .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text                      | {"name": "Juggernaut XL v9"}
            other control characters        | {"name": "tab\\there, line\\nbreak, bell\\u0007"}
            the escaped text of a NUL       | {"name": "\\\\u0000"}
            non-ASCII text                  | {"use": {"description": "日本語 — ü", "jurisdictions": ["JP"]}}
            """)
    void everyOtherTextIsReadAsIs(String what, String json) throws Exception {
        assertThat(mapper.readValue(json, Body.class)).as(what).isNotNull();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}

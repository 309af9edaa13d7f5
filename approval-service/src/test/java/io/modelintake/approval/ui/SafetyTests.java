package io.modelintake.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.contracts.Citation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What keeps data from becoming markup or script: links only to web URLs, no unescaped output, CSRF tokens. */
class SafetyTests {

    @ParameterizedTest(name = "{0} → link {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            https://huggingface.co/spaces/CompVis/stable-diffusion-license|true
            http://image-net.org/download|true
            HTTPS://example.org/terms|true
            javascript:alert(1)|false
            JavaScript:alert(document.cookie)|false
            data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==|false
            /relative/path|false
            //evil.example/x|false
            https://|false
            ftp://example.org/licence.txt|false
            not a url at all|false
            null|false
            """)
    void onlyHttpUrlsBecomeLinks(String url, boolean link) {
        assertThat(TemplateExtensions.isWebLink(new Citation(url, "§3"))).isEqualTo(link);
    }

    @Test
    void noTemplateWritesUnescapedData() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertThat(templates).isNotEmpty();
            for (Path template : templates) {
                // Qute escapes {expr} in .html templates; .raw, |raw and {|...|} would switch that off.
                assertThat(Files.readString(template)).as(template.toString())
                        .doesNotContain(".raw}").doesNotContain("|raw").doesNotContain("{|").doesNotContain("<script");
            }
        }
    }

    @Test
    void formTokensAreBoundToTheSession() {
        FormTokens tokens = new FormTokens("a-secret-of-enough-length");

        String bobs = tokens.tokenFor("bob|session-1");

        assertThat(tokens.matches("bob|session-1", bobs)).isTrue();
        assertThat(tokens.matches("bob|session-2", bobs)).as("a new login").isFalse();
        assertThat(tokens.matches("dave|session-1", bobs)).as("another user").isFalse();
        assertThat(tokens.matches("bob|session-1", null)).isFalse();
        assertThat(tokens.matches("bob|session-1", "")).isFalse();
        assertThat(new FormTokens("another-secret-of-length").matches("bob|session-1", bobs)).as("another key").isFalse();
    }

    @Test
    void formTokensNeedAKeyOfSomeLength() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormTokens("short"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

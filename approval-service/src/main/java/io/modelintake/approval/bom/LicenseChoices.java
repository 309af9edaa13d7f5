package io.modelintake.approval.bom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.license.Expression;

/**
 * Turns a licence expression of the lineage into a CycloneDX licence choice: a compound SPDX expression as an
 * {@code expression}, a single SPDX id as an {@code id} (spelled as the SPDX list does), and anything else — a
 * {@code LicenseRef-…} or a Hugging Face tag with no SPDX id — as a named licence. The ids are those of the
 * schema the library validates against ({@code spdx.schema.json} in cyclonedx-core-java).
 */
final class LicenseChoices {

    private static final String SPDX_SCHEMA = "spdx.schema.json";
    private static final Pattern COMPOUND = Pattern.compile(".*(\\s(AND|OR|WITH)\\s|[()]).*");

    private final Map<String, String> spdxIdsByLowerCase;

    LicenseChoices() {
        try (InputStream in = License.class.getClassLoader().getResourceAsStream(SPDX_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SPDX_SCHEMA + " not on the classpath (cyclonedx-core-java)");
            }
            Map<String, String> ids = new HashMap<>();
            for (JsonNode id : new ObjectMapper().readTree(in).path("enum")) {
                ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText());
            }
            this.spdxIdsByLowerCase = Map.copyOf(ids);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SPDX_SCHEMA, e);
        }
    }

    /** The id as the SPDX licence list spells it, if {@code id} is on the list (any case). */
    Optional<String> listedId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(spdxIdsByLowerCase.get(id.toLowerCase(Locale.ROOT)));
    }

    Optional<LicenseChoice> of(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        String value = expression.strip();
        LicenseChoice choice = new LicenseChoice();
        if (COMPOUND.matcher(value).matches()) {
            choice.setExpression(new Expression(value));
            return Optional.of(choice);
        }
        License license = new License();
        String spdxId = spdxIdsByLowerCase.get(value.toLowerCase(Locale.ROOT));
        if (spdxId != null) {
            license.setId(spdxId);
        } else {
            license.setName(value);
        }
        choice.addLicense(license);
        return Optional.of(choice);
    }
}

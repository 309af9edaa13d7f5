package io.modelintake.approval.client;

import io.modelintake.contracts.Lineage;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The stored texts of a lineage's {@code LicenseRef-} licences, from license-service. Only a text whose SHA-256 is
 * the one the lineage was resolved with is used: a document names the text the decision rested on, or none. A
 * text license-service cannot serve (down, refused, changed since) is left out and logged, never an error: the
 * licence is still named by its id.
 */
@ApplicationScoped
public class LicenseTexts {

    private static final Logger LOG = Logger.getLogger(LicenseTexts.class);

    private final LicenseClient client;

    public LicenseTexts(@RestClient LicenseClient client) {
        this.client = client;
    }

    public Map<String, String> of(List<Lineage.LicenseTerms> licenses, String bearer) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Lineage.LicenseTerms licence : licenses) {
            if (!licence.id().startsWith("LicenseRef-") || licence.textSha256() == null) {
                continue;
            }
            try {
                String text = client.text(bearer, licence.id());
                if (licence.textSha256().equals(sha256(text))) {
                    texts.put(licence.id(), text);
                } else {
                    LOG.warnf("the text of %s changed since the request was resolved; left out", licence.id());
                }
            } catch (RuntimeException e) {
                LOG.warnf("license-service did not serve the text of %s: %s", licence.id(), e.getMessage());
            }
        }
        return texts;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

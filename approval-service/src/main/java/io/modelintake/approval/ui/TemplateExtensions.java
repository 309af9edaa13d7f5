package io.modelintake.approval.ui;

import io.modelintake.contracts.Citation;
import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the templates call on the domain types: badge classes, labels, times and safe links. */
@TemplateExtension
public final class TemplateExtensions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TemplateExtensions() {
    }

    /** The CSS class of an enum value's badge: {@code RiskTier.HIGH} → {@code badge riskTier-HIGH}. */
    static String badge(Enum<?> value) {
        if (value == null) {
            return "badge";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return "badge " + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "-" + value.name();
    }

    /** {@code APPROVED_WITH_CONDITIONS} → {@code Approved with conditions}, {@code GRANT_EXCEPTION} → {@code Grant exception}. */
    static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Only http(s) URLs become links: a {@code javascript:} or {@code data:} URL in the data stays text. */
    static boolean isWebLink(Citation citation) {
        return isHttpUrl(citation.url());
    }

    private static boolean isHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

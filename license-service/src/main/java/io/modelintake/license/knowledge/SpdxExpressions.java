package io.modelintake.license.knowledge;

import io.modelintake.platform.spdx.SpdxLicenses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.ConjunctiveLicenseSet;
import org.spdx.library.model.v2.license.DisjunctiveLicenseSet;
import org.spdx.library.model.v2.license.OrLaterOperator;
import org.spdx.library.model.v2.license.SimpleLicensingInfo;
import org.spdx.library.model.v2.license.WithExceptionOperator;

/**
 * Parses licence expressions with java-spdx-library (through {@link SpdxLicenses}). Leaves are first resolved
 * through the knowledge's aliases, so Hugging Face tags such as {@code llama3.1} or {@code creativeml-openrail-m}
 * may appear inside an expression; the library only supplies the structure.
 */
final class SpdxExpressions {

    private static final Pattern TOKENS = Pattern.compile("\\s+|(?<=[()])|(?=[()])");
    private static final String PLACEHOLDER = "LicenseRef-leaf-";

    private SpdxExpressions() {
    }

    /**
     * @param resolve maps one licence token (SPDX id, {@code LicenseRef-}, or Hugging Face tag) to its entry
     */
    static LicenseExpression parse(String raw, Function<String, Optional<LicenseEntry>> resolve) {
        String text = raw.trim();
        if (!text.contains(" ") && !text.contains("(")) {
            return single(text, resolve, null);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : TOKENS.split(text)) {
            if (!token.isBlank()) {
                tokens.add(token);
            }
        }
        List<String> leafTokens = new ArrayList<>();
        StringBuilder rewritten = new StringBuilder();
        boolean afterWith = false;
        for (String token : tokens) {
            String upper = token.toUpperCase(Locale.ROOT);
            String piece;
            if (upper.equals("AND") || upper.equals("OR") || upper.equals("WITH")) {
                piece = upper;
                afterWith = upper.equals("WITH");
            } else if (token.equals("(") || token.equals(")")) {
                piece = token;
            } else if (afterWith) {
                piece = SpdxLicenses.listedExceptionId(token).orElse(token);
                afterWith = false;
            } else {
                piece = PLACEHOLDER + leafTokens.size();
                leafTokens.add(token);
            }
            rewritten.append(piece).append(' ');
        }
        try {
            AnyLicenseInfo parsed = SpdxLicenses.parse(rewritten.toString().trim());
            return convert(parsed, leafTokens, resolve);
        } catch (Exception e) {
            return new LicenseExpression.Unparseable(raw, String.valueOf(e.getMessage()));
        }
    }

    private static LicenseExpression convert(AnyLicenseInfo info, List<String> leafTokens,
            Function<String, Optional<LicenseEntry>> resolve) throws Exception {
        if (info instanceof ConjunctiveLicenseSet set) {
            return new LicenseExpression.AllOf(members(set.getMembers(), leafTokens, resolve));
        }
        if (info instanceof DisjunctiveLicenseSet set) {
            return new LicenseExpression.AnyOf(members(set.getMembers(), leafTokens, resolve));
        }
        if (info instanceof WithExceptionOperator with) {
            LicenseExpression.Single base = (LicenseExpression.Single) convert(with.getLicense(), leafTokens, resolve);
            return new LicenseExpression.Single(base.raw(), base.license(), with.getException().getLicenseExceptionId());
        }
        if (info instanceof OrLaterOperator orLater) {
            return convert(orLater.getLicense(), leafTokens, resolve);
        }
        if (info instanceof SimpleLicensingInfo simple && simple.getLicenseId().startsWith(PLACEHOLDER)) {
            String token = leafTokens.get(Integer.parseInt(simple.getLicenseId().substring(PLACEHOLDER.length())));
            return single(token, resolve, null);
        }
        throw new IllegalArgumentException("unsupported expression part: " + info);
    }

    private static List<LicenseExpression> members(Collection<AnyLicenseInfo> members, List<String> leafTokens,
            Function<String, Optional<LicenseEntry>> resolve) throws Exception {
        List<LicenseExpression> converted = new ArrayList<>();
        for (AnyLicenseInfo member : members) {
            converted.add(convert(member, leafTokens, resolve));
        }
        // the library keeps members in a set; restore the order the author wrote them in
        converted.sort(Comparator.comparingInt(part -> firstPosition(part, leafTokens)));
        return converted;
    }

    private static int firstPosition(LicenseExpression part, List<String> leafTokens) {
        List<LicenseExpression.Single> leaves = part.leaves();
        return leaves.isEmpty() ? Integer.MAX_VALUE : leafTokens.indexOf(leaves.get(0).raw());
    }

    private static LicenseExpression.Single single(String token, Function<String, Optional<LicenseEntry>> resolve,
            String exception) {
        Optional<LicenseEntry> entry = resolve.apply(token);
        if (entry.isEmpty() && token.endsWith("+")) {
            // SPDX "or later" (GPL-2.0+): judged by the named version
            entry = resolve.apply(token.substring(0, token.length() - 1));
        }
        return new LicenseExpression.Single(token, entry.orElse(null), exception);
    }
}

package io.modelintake.platform.spdx;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.core.RuntimeSpdxException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.model.v2.license.ConjunctiveLicenseSet;
import org.spdx.library.model.v2.license.DisjunctiveLicenseSet;
import org.spdx.library.model.v2.license.ExtractedLicenseInfo;
import org.spdx.library.model.v2.license.InvalidLicenseExpression;
import org.spdx.library.model.v2.license.OrLaterOperator;
import org.spdx.library.model.v2.license.SpdxListedLicense;
import org.spdx.library.model.v2.license.WithExceptionOperator;

/**
 * The SPDX licence list and expression syntax, read with java-spdx-library offline (its bundled list only): the
 * one place every service checks a licence id or expression.
 */
public final class SpdxLicenses {

    /**
     * SPDX 2.3 Annex D: {@code "LicenseRef-" idstring} with {@code idstring = 1*(ALPHA / DIGIT / "-" / ".")}. The
     * library's parser takes any {@code LicenseRef-} token, even a bare one, leaves this rule to its
     * {@code verify()}, and fails with an unchecked exception on such a token inside {@code AND}/{@code OR}; so the
     * tokens are checked before the library sees them.
     */
    private static final Pattern LICENSE_REF = Pattern.compile("LicenseRef-[A-Za-z0-9.-]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKENS = Pattern.compile("[\\s()]+");

    private SpdxLicenses() {
    }

    /** Whether {@code id} is on the SPDX licence list bundled with the library (case-insensitive, as SPDX matches). */
    public static boolean isListedLicense(String id) {
        Library.ready();
        return LicenseInfoFactory.isSpdxListedLicenseId(id);
    }

    /** Whether {@code id} names one licence: listed, or {@code LicenseRef-} with an idstring. */
    public static boolean isLicenseId(String id) {
        return id != null && (LICENSE_REF.matcher(id).matches() || isListedLicense(id));
    }

    /** The version of the bundled SPDX licence list, e.g. {@code 3.28}. */
    public static String licenseListVersion() {
        Library.ready();
        return LicenseInfoFactory.getLicenseListVersion();
    }

    /** The listed exception id as SPDX spells it ({@code classpath-exception-2.0} → {@code Classpath-exception-2.0}). */
    public static Optional<String> listedExceptionId(String id) {
        Library.ready();
        return LicenseInfoFactory.listedExceptionIdCaseSensitive(id);
    }

    /**
     * The library's structure of an expression: sets for {@code AND}/{@code OR}, operators for {@code WITH} and
     * {@code +}, and an {@link InvalidLicenseExpression} (not an exception) when the text does not parse.
     *
     * @throws IllegalArgumentException when the library itself cannot answer
     */
    public static AnyLicenseInfo parse(String expression) {
        Library.ready();
        try {
            return LicenseInfoFactory.parseSPDXLicenseStringCompatV2(expression);
        } catch (InvalidSPDXAnalysisException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Why {@code expression} is not an SPDX licence expression, or empty when it is one: balanced parentheses, the
     * operators {@code AND}, {@code OR}, {@code WITH} and {@code +}, listed licence ids or {@code LicenseRef-idstring}
     * as licences, and a listed exception after {@code WITH}.
     */
    public static Optional<String> problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.of("is empty");
        }
        for (String token : TOKENS.split(expression.trim())) {
            if (token.regionMatches(true, 0, "LicenseRef-", 0, "LicenseRef-".length()) && !LICENSE_REF.matcher(token).matches()) {
                return Optional.of("'" + token + "' needs an idstring of letters, digits, '.' and '-' after LicenseRef-");
            }
        }
        try {
            return problemIn(parse(expression.trim()));
        } catch (InvalidSPDXAnalysisException | RuntimeSpdxException | IllegalArgumentException e) {
            // the library could not read the text as an expression: that is the answer, in its words
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static Optional<String> problemIn(AnyLicenseInfo info) throws InvalidSPDXAnalysisException {
        if (info instanceof InvalidLicenseExpression invalid) {
            return Optional.of(invalid.getMessage());
        }
        if (info instanceof ConjunctiveLicenseSet set) {
            return firstProblem(set.getMembers());
        }
        if (info instanceof DisjunctiveLicenseSet set) {
            return firstProblem(set.getMembers());
        }
        if (info instanceof WithExceptionOperator with) {
            String exception = with.getException().getLicenseExceptionId();
            if (!LicenseInfoFactory.isSpdxListedExceptionId(exception)) {
                return Optional.of("'" + exception + "' is not on the SPDX exception list " + licenseListVersion());
            }
            return problemIn(with.getLicense());
        }
        if (info instanceof OrLaterOperator orLater) {
            return problemIn(orLater.getLicense());
        }
        if (info instanceof SpdxListedLicense || info instanceof ExtractedLicenseInfo) {
            return Optional.empty();
        }
        return Optional.of("'" + info + "' is neither a listed licence nor a LicenseRef-");
    }

    private static Optional<String> firstProblem(Collection<AnyLicenseInfo> members) throws InvalidSPDXAnalysisException {
        for (AnyLicenseInfo member : members) {
            Optional<String> problem = problemIn(member);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Initialises the library once per class loader, offline (NOTES-infra.md: no mixing of its v2 and v3 models). */
    private static final class Library {
        static {
            if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
                System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
            }
            SpdxModelFactory.init();
        }

        static void ready() {
            // class initialisation above does the work
        }
    }
}

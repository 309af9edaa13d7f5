package io.modelintake.license.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed licence expression whose leaves are resolved against the knowledge: an SPDX {@code OR} lets the
 * licensee pick an option, {@code AND} makes every part apply, {@code WITH} adds an exception to one licence.
 * Built once per distinct expression string and cached in the {@link KnowledgeSnapshot}.
 */
public sealed interface LicenseExpression {

    /** The expression in canonical ids, as findings and the lineage show it. */
    String canonical();

    /** Every single licence in the expression, in source order. */
    List<Single> leaves();

    /**
     * One licence as written ({@code raw}) and what it resolved to; {@code license} is null when nothing in the
     * knowledge matches, {@code exception} is the SPDX exception id of a {@code WITH}, or null.
     */
    record Single(String raw, LicenseEntry license, String exception) implements LicenseExpression {

        public boolean isResolved() {
            return license != null;
        }

        @Override
        public String canonical() {
            String id = license == null ? raw : license.id();
            return exception == null ? id : id + " WITH " + exception;
        }

        @Override
        public List<Single> leaves() {
            return List.of(this);
        }
    }

    /** SPDX {@code AND}: all parts apply. */
    record AllOf(List<LicenseExpression> parts) implements LicenseExpression {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public String canonical() {
            return join(parts, " AND ");
        }

        @Override
        public List<Single> leaves() {
            return collect(parts);
        }
    }

    /** SPDX {@code OR}: the licensee may pick any one option. */
    record AnyOf(List<LicenseExpression> options) implements LicenseExpression {
        public AnyOf {
            options = List.copyOf(options);
        }

        @Override
        public String canonical() {
            return join(options, " OR ");
        }

        @Override
        public List<Single> leaves() {
            return collect(options);
        }
    }

    /** Text that is not a valid expression at all; a human must read it. */
    record Unparseable(String raw, String reason) implements LicenseExpression {
        @Override
        public String canonical() {
            return raw;
        }

        @Override
        public List<Single> leaves() {
            return List.of();
        }
    }

    private static String join(List<LicenseExpression> parts, String operator) {
        return parts.stream()
                .map(part -> part instanceof Single ? part.canonical() : "(" + part.canonical() + ")")
                .collect(Collectors.joining(operator));
    }

    private static List<Single> collect(List<LicenseExpression> parts) {
        List<Single> leaves = new ArrayList<>();
        parts.forEach(part -> leaves.addAll(part.leaves()));
        return List.copyOf(leaves);
    }
}

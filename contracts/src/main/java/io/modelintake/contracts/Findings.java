package io.modelintake.contracts;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** How a list of findings is summarised in a decision record: its worst severity and its reasons. */
public final class Findings {

    private Findings() {
    }

    public static Optional<Severity> worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    /** The distinct rule ids and finding codes, in order of appearance: the {@code reasons} of a decision record. */
    public static List<String> reasons(List<Finding> findings) {
        return findings.stream().flatMap(f -> Stream.of(f.ruleId(), f.code())).filter(r -> r != null).distinct().toList();
    }

    /** E.g. {@code "12 findings, worst HIGH"}. */
    public static String summary(List<Finding> findings) {
        return findings.size() + (findings.size() == 1 ? " finding" : " findings")
                + worst(findings).map(s -> ", worst " + s).orElse("");
    }
}

package io.modelintake.license.evaluation;

import io.modelintake.contracts.Citation;
import io.modelintake.contracts.Lineage;
import io.modelintake.license.knowledge.Acceptance;
import io.modelintake.license.knowledge.KnowledgeSnapshot;
import io.modelintake.license.knowledge.LicenseEntry;
import io.modelintake.license.knowledge.LicenseExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Describes every licence the lineage's expressions name (the model's, then its base models'), once each: its id
 * and name, the SHA-256 of its stored text, and whether it binds by click-through. approval-service needs these to
 * tell whether the company has accepted that version of the text, and to put the text into the SPDX document.
 */
public final class LineageLicenses {

    /** {@code textDigest} answers the SHA-256 (hex) of a licence's stored text by licence id, if one is stored. */
    public List<Lineage.LicenseTerms> describe(Lineage lineage, KnowledgeSnapshot snapshot,
            Function<String, Optional<String>> textDigest) {
        List<String> expressions = new ArrayList<>();
        expressions.add(lineage.licenseExpression());
        lineage.baseModels().forEach(base -> expressions.add(base.licenseExpression()));
        Map<String, Lineage.LicenseTerms> described = new LinkedHashMap<>();
        for (String expression : expressions) {
            if (expression == null || expression.isBlank()) {
                continue;
            }
            for (LicenseExpression.Single leaf : snapshot.expression(expression).leaves()) {
                LicenseEntry license = leaf.license();
                if (license != null && !described.containsKey(license.id())) {
                    described.put(license.id(), new Lineage.LicenseTerms(license.id(), license.name(),
                            textDigest.apply(license.id()).orElse(null), acceptance(license)));
                }
            }
        }
        return List.copyOf(described.values());
    }

    private static Citation acceptance(LicenseEntry license) {
        Acceptance acceptance = license.acceptance();
        if (acceptance == null) {
            return null;
        }
        String quote = acceptance.quote();
        return new Citation(license.sourceUrl(), quote == null || quote.isBlank() ? acceptance.clause()
                : acceptance.clause() + ": \"" + quote + "\"");
    }
}

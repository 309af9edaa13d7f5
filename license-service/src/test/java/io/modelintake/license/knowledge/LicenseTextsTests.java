package io.modelintake.license.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.license.rest.LicenseTextResource;
import io.modelintake.platform.knowledge.KnowledgeTexts;
import io.modelintake.platform.knowledge.KnowledgeTexts.Citation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every quote in the licence knowledge is in the text it cites, verbatim, and every section it cites exists there;
 * every stored text is the one its provenance names. A licence's text is {@code texts/<licence id>.txt}; a term
 * that cites another document by its own {@code sourceUrl} (an acceptable use policy) cites the text read at
 * that URL (its .source.yaml {@code url} or one of its {@code citedAs}); an SPDX exception's terms cite {@code texts/<exception id>.txt}.
 */
class LicenseTextsTests {

    private static final KnowledgeSnapshot BUNDLED = LicenseKnowledge.loadBundled();
    private static final KnowledgeTexts TEXTS = new KnowledgeTexts(LicenseTextsTests.class.getClassLoader(), LicenseTextResource.TEXTS);

    @Test
    void everyQuoteIsVerbatimAndEverySectionExistsInTheTextItCites() throws IOException {
        List<String> problems = new ArrayList<>();
        citations().forEach(citation -> problems.addAll(TEXTS.problems(citation)));
        assertThat(problems).as("quotes and sections not found in their stored texts").isEmpty();
    }

    @Test
    void everyStoredTextMatchesItsProvenance() throws IOException {
        assertThat(KnowledgeTexts.provenanceProblems(folder(LicenseTextResource.TEXTS))).isEmpty();
    }

    @Test
    void theQuoteCheckCatchesAWrongQuoteAndAMissingSection() {
        Citation misquoted = new Citation("licenses/mit.yaml", "MIT", "MIT", "MIT License", "Permission is hereby granted, for a fee");
        assertThat(TEXTS.problems(misquoted)).singleElement().asString()
                .contains("licenses/mit.yaml MIT").contains("not found verbatim").contains("for a fee");
        Citation noSuchSection = new Citation("licenses/cc-by-nc-4-0.yaml", "CC-BY-NC-4.0", "CC-BY-NC-4.0", "§9(c)", null);
        assertThat(TEXTS.problems(noSuchSection)).singleElement().asString().contains("§9(c)");
    }

    static List<Citation> citations() throws IOException {
        Map<String, String> files = entryFiles();
        Map<String, String> textsByUrl = KnowledgeTexts.textIdsByUrl(folder(LicenseTextResource.TEXTS));
        List<Citation> citations = new ArrayList<>();
        for (LicenseEntry license : BUNDLED.licenses()) {
            String file = files.getOrDefault(license.id(), "licenses/?");
            license.activities().forEach((activity, term) ->
                    citations.add(new Citation(file, license.id() + " " + activity, license.id(), term.clause(), term.quote())));
            license.thresholds().forEach(threshold -> citations.add(new Citation(file, license.id() + " threshold " + threshold.kind(),
                    license.id(), threshold.clause(), threshold.quote())));
            license.jurisdictionTerms().forEach(term -> {
                String cited = term.sourceUrl() == null || term.sourceUrl().equals(license.sourceUrl())
                        ? license.id() : textsByUrl.getOrDefault(term.sourceUrl(), term.sourceUrl());
                citations.add(new Citation(file, license.id() + " jurisdiction term " + term.jurisdictions().stream().limit(3).toList(),
                        cited, term.clause(), term.quote()));
            });
            if (license.acceptance() != null) {
                citations.add(new Citation(file, license.id() + " acceptance", license.id(),
                        license.acceptance().clause(), license.acceptance().quote()));
            }
            license.exceptions().forEach((exception, terms) -> terms.forEach((activity, term) -> citations.add(
                    new Citation(file, license.id() + " WITH " + exception + " " + activity, exception, term.clause(), term.quote()))));
        }
        for (AddendumEntry addendum : BUNDLED.addenda()) {
            String file = files.getOrDefault(addendum.id(), "addenda/?");
            addendum.activities().forEach((activity, term) -> citations.add(new Citation(file, addendum.id() + " " + activity,
                    citesBaseLicence(term) ? addendum.license() : addendum.id(), term.clause(), term.quote())));
        }
        return citations;
    }

    /** An addendum term rests on the model card unless its clause names the base licence it falls back on. */
    private static boolean citesBaseLicence(ActivityTerm term) {
        return term.clause() != null && !term.clause().toLowerCase().contains("model card");
    }

    /** Entry id → the knowledge file it is in, so that a failure names the file to fix. */
    private static Map<String, String> entryFiles() throws IOException {
        Path root = folder(LicenseKnowledge.ROOT);
        Pattern id = Pattern.compile("(?m)^-?\\s*id:\\s*'?([^'\\s]+)'?\\s*$");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher matcher = id.matcher(Files.readString(path));
                while (matcher.find()) {
                    files.put(matcher.group(1), root.relativize(path).toString());
                }
            }
        }
        return files;
    }

    private static Path folder(String resource) {
        try {
            return Path.of(LicenseTextsTests.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}

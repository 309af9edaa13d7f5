package io.modelintake.dataset.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelintake.dataset.rest.DatasetTermsResource;
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
 * Every quote in the dataset knowledge is in the terms it cites, verbatim, and every section it cites exists there;
 * every stored text is the one its provenance names. A quote is a "double-quoted" passage of an entry's
 * {@code termsText}, clauses, obligations or notes, and cites the dataset's own terms ({@code terms/<dataset id>.txt});
 * a section reference that follows a licence's name in a clause ("CC BY-SA 4.0 §3(b)") cites that licence's text
 * ({@code terms/CC-BY-SA-4.0.txt}).
 */
class DatasetTermsTests {

    private static final DatasetSnapshot BUNDLED = DatasetKnowledge.loadBundled();
    private static final KnowledgeTexts TERMS = new KnowledgeTexts(DatasetTermsTests.class.getClassLoader(), DatasetTermsResource.TERMS);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|\u201c([^\u201d]+)\u201d");
    private static final Pattern LICENCE = Pattern.compile("\\b(CC0 1\\.0|CC BY(?:-(?:NC|SA|ND))*(?: \\d\\.\\d)|Apache-2\\.0|ODC-By 1\\.0|ODbL 1\\.0)");
    private static final Pattern SECTION = Pattern.compile("§\\s*[0-9]+(?:\\.[0-9]+)*(?:\\([a-zA-Z0-9]{1,4}\\))*|\\b[Cc]lause \\d+");

    @Test
    void everyQuoteIsVerbatimAndEverySectionExistsInTheTermsItCites() throws IOException {
        List<String> problems = new ArrayList<>();
        citations().forEach(citation -> problems.addAll(TERMS.problems(citation)));
        assertThat(problems).as("quotes and sections not found in their stored terms").isEmpty();
    }

    @Test
    void everyStoredTextMatchesItsProvenance() throws IOException {
        assertThat(KnowledgeTexts.provenanceProblems(folder(DatasetTermsResource.TERMS))).isEmpty();
    }

    @Test
    void aSectionAfterALicenceNameCitesThatLicence() {
        assertThat(citations("datasets/x.yaml", "kitti", "CC BY-NC-SA 3.0 §4(b) NonCommercial, §4(d) attribution; KITTI page §1"))
                .extracting(Citation::textId, Citation::clause)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CC-BY-NC-SA-3.0", "§4(b)"),
                        org.assertj.core.groups.Tuple.tuple("CC-BY-NC-SA-3.0", "§4(d)"),
                        org.assertj.core.groups.Tuple.tuple("kitti", "§1"));
    }

    static List<Citation> citations() throws IOException {
        Map<String, String> files = entryFiles();
        List<Citation> citations = new ArrayList<>();
        for (DatasetEntry dataset : BUNDLED.datasets()) {
            String file = files.getOrDefault(dataset.id(), "datasets/?");
            quotes(dataset.termsText()).forEach(quote ->
                    citations.add(new Citation(file, dataset.id() + " termsText", dataset.id(), null, quote)));
            quotes(dataset.statusNote()).forEach(quote ->
                    citations.add(new Citation(file, dataset.id() + " statusNote", dataset.id(), null, quote)));
            dataset.activities().forEach((activity, term) -> {
                String where = dataset.id() + " " + activity;
                citations.addAll(citations(file, where, term.clause()));
                quotes(term.clause()).forEach(quote -> citations.add(new Citation(file, where, dataset.id(), null, quote)));
                term.obligations().forEach(obligation -> quotes(obligation).forEach(quote ->
                        citations.add(new Citation(file, where, dataset.id(), null, quote))));
                quotes(term.note()).forEach(quote -> citations.add(new Citation(file, where, dataset.id(), null, quote)));
            });
        }
        return citations;
    }

    /** The section references of a clause, each citing the licence named just before it or else the dataset's terms. */
    static List<Citation> citations(String file, String where, String clause) {
        List<Citation> citations = new ArrayList<>();
        if (clause == null) {
            return citations;
        }
        String datasetId = where.split(" ")[0];
        for (String part : clause.split(";")) {
            Matcher section = SECTION.matcher(part);
            while (section.find()) {
                String cited = datasetId;
                Matcher licence = LICENCE.matcher(part.substring(0, section.start()));
                while (licence.find()) {
                    cited = licence.group(1).replace(' ', '-');
                }
                citations.add(new Citation(file, where, cited, section.group(), null));
            }
        }
        return citations;
    }

    private static List<String> quotes(String text) {
        List<String> quotes = new ArrayList<>();
        if (text != null) {
            Matcher quoted = QUOTED.matcher(text);
            while (quoted.find()) {
                quotes.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
            }
        }
        return quotes;
    }

    /** Dataset id → the knowledge file it is in, so that a failure names the file to fix. */
    private static Map<String, String> entryFiles() throws IOException {
        Path root = folder("knowledge/datasets");
        Pattern id = Pattern.compile("(?m)^\\s*-\\s*id:\\s*\"?([^\"\\s]+)\"?\\s*$");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(root)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher matcher = id.matcher(Files.readString(path));
                while (matcher.find()) {
                    files.put(matcher.group(1), "datasets/" + path.getFileName());
                }
            }
        }
        return files;
    }

    private static Path folder(String resource) {
        try {
            return Path.of(DatasetTermsTests.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

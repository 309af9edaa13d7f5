package io.modelintake.platform.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The texts the knowledge quotes (a licence, a dataset's terms page), stored as retrieved beside the entries:
 * {@code <folder>/<id>.txt} and its provenance {@code <folder>/<id>.source.yaml} ({@code url}, {@code retrieved},
 * {@code sha256} of the .txt bytes, optional {@code note}). A text is read from the classpath on first use.
 */
public final class KnowledgeTexts {

    /**
     * Where and when a text was read, and the SHA-256 (hex) of the bytes stored. {@code citedAs} lists other URLs the
     * knowledge cites the same text by (e.g. a policy's web page when the text was read in a repository's copy).
     */
    public record Source(String url, LocalDate retrieved, String sha256, String note, List<String> citedAs) {
        public Source {
            citedAs = citedAs == null ? List.of() : List.copyOf(citedAs);
        }
    }

    /** One stored text. */
    public record Text(String id, byte[] bytes, Source source) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The SHA-256 of the stored bytes, to compare with {@link Source#sha256()}. */
        public String digest() {
            return sha256(bytes);
        }

        /** Whether {@code quote} occurs verbatim, in the sense of {@link Verbatim#contains}. */
        public boolean quotes(String quote) {
            return Verbatim.contains(body(), quote);
        }

        /** Whether the section a reference such as {@code §4(c)} or {@code Section 3.1} names exists here. */
        public boolean hasSection(String reference) {
            return Verbatim.hasSection(body(), reference);
        }
    }

    /**
     * A place where an entry cites a text: the knowledge file and entry it is in, the id of the text it cites,
     * the clause (its section references must exist there) and the quote (which must be there verbatim), if any.
     */
    public record Citation(String file, String entry, String textId, String clause, String quote) {
    }

    /** What is wrong with a citation, each problem naming the file, the entry and the quote or section; empty if nothing. */
    public List<String> problems(Citation citation) {
        String where = citation.file() + " " + citation.entry() + ": ";
        boolean quotes = citation.quote() != null && !citation.quote().isBlank();
        List<String> references = Verbatim.references(citation.clause());
        if (!quotes && references.isEmpty()) {
            return List.of();
        }
        Optional<Text> text = find(citation.textId());
        if (text.isEmpty()) {
            return List.of(where + "cites " + (quotes ? "\"" + citation.quote() + "\"" : references)
                    + " but no text '" + citation.textId() + "' is stored in " + folder);
        }
        List<String> problems = new ArrayList<>();
        if (quotes && !text.get().quotes(citation.quote())) {
            problems.add(where + "quote not found verbatim in " + citation.textId() + ".txt: \"" + citation.quote() + "\"");
        }
        references.stream().filter(reference -> !text.get().hasSection(reference)).forEach(reference ->
                problems.add(where + "cites " + reference + " (in \"" + citation.clause() + "\"), which "
                        + citation.textId() + ".txt has not"));
        return problems;
    }

    /**
     * Every stored text of {@code folder} (a directory) against its provenance: a .source.yaml beside it with a
     * url and a retrieval date, whose sha256 is that of the bytes stored. Empty when all hold.
     */
    public static List<String> provenanceProblems(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path txt : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path yaml = folder.resolve(id + ".source.yaml");
                if (!Files.exists(yaml)) {
                    problems.add(txt + ": no " + id + ".source.yaml beside it");
                    continue;
                }
                Source source = YAML.readValue(yaml.toFile(), Source.class);
                if (source.url() == null || !source.url().startsWith("http")) {
                    problems.add(yaml + ": no url");
                }
                if (source.retrieved() == null) {
                    problems.add(yaml + ": no retrieved date");
                }
                String digest = sha256(Files.readAllBytes(txt));
                if (!digest.equals(source.sha256())) {
                    problems.add(yaml + ": sha256 " + source.sha256() + " is not that of " + txt.getFileName() + " (" + digest + ")");
                }
            }
        }
        return problems;
    }

    /** Which stored text of {@code folder} (a directory) each URL names: the URL it was read at and those it is cited as. */
    public static Map<String, String> textIdsByUrl(Path folder) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path yaml : files.filter(path -> path.toString().endsWith(".source.yaml")).sorted().toList()) {
                String id = yaml.getFileName().toString().replaceFirst("\\.source\\.yaml$", "");
                Source source = YAML.readValue(yaml.toFile(), Source.class);
                ids.put(source.url(), id);
                source.citedAs().forEach(url -> ids.put(url, id));
            }
        }
        return ids;
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ClassLoader loader;
    private final String folder;
    private final Map<String, Optional<Text>> byId = new ConcurrentHashMap<>();

    /** Texts under {@code folder} on the classpath, e.g. {@code knowledge/texts}. */
    public KnowledgeTexts(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /** The text stored for an entry id, if any; an id that could name another path has none. */
    public Optional<Text> find(String id) {
        if (id == null || id.isBlank() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
            return Optional.empty();
        }
        return byId.computeIfAbsent(id, this::read);
    }

    private Optional<Text> read(String id) {
        byte[] body = resource(folder + "/" + id + ".txt");
        if (body == null) {
            return Optional.empty();
        }
        byte[] provenance = resource(folder + "/" + id + ".source.yaml");
        if (provenance == null) {
            throw new IllegalStateException(folder + "/" + id + ".txt has no " + id + ".source.yaml beside it");
        }
        try {
            return Optional.of(new Text(id, body, YAML.readValue(provenance, Source.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(folder + "/" + id + ".source.yaml: " + e.getMessage(), e);
        }
    }

    private byte[] resource(String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What "verbatim" means for a quote: the same words in the same order, whitespace runs counting as one space,
     * typographic quotes, apostrophes and dashes as their ASCII forms, Markdown's links and HTML's tags as their text,
     * Markdown's bold markers and backslash escapes dropped (a page's rendering changes these, the words stay), and an ellipsis ({@code ...} or {@code …}) in the quote standing for omitted words, so each part must
     * occur, in order.
     */
    public static final class Verbatim {

        private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*");
        /** §4(c), §1.b.iv, §1.1(e), §IV.b, Section 3.1, Section 3(a)(1), Article 5, Clause 4. */
        private static final Pattern REFERENCE = Pattern.compile(
                "(?:§|\\b(?:Section|Article|Clause|clause|section|article)\\s)\\s*([0-9]+(?:\\.[0-9]+)*|[IVX]+)\\b"
                        + "((?:\\([a-zA-Z0-9]{1,4}\\)|\\.[a-z]{1,4}\\b|\\.[0-9]+\\b)*)");
        private static final Pattern LABEL = Pattern.compile("\\(([a-zA-Z0-9]{1,4})\\)|\\.([a-zA-Z0-9]{1,4})");
        private static final Pattern ATTACHMENT = Pattern.compile("\\b(Attachment|Appendix|Annex|Exhibit|Schedule)\\s+([A-Z0-9]+)\\b");

        private Verbatim() {
        }

        public static String normalise(String text) {
            return text.replace('\u00a0', ' ')
                    .replaceAll("\\[([^\\]]*)]\\([^)\\s]*\\)", "$1")
                    .replaceAll("<[^>]+>", "").replace("&amp;", "&")
                    .replaceAll("\\*\\*|__|\\\\(?=[.\\[\\]()*_#-])", "")
                    .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                    .replaceAll("[\u201c\u201d\u201e\u201f\u2033]", "\"")
                    .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-")
                    .replaceAll("\\s+", " ")
                    .trim();
        }

        public static boolean contains(String text, String quote) {
            String haystack = normalise(text);
            int from = 0;
            for (String part : ELLIPSIS.split(normalise(quote))) {
                String needle = part.strip();
                if (needle.isEmpty()) {
                    continue;
                }
                int at = haystack.indexOf(needle, from);
                if (at < 0) {
                    return false;
                }
                from = at + needle.length();
            }
            return true;
        }

        /** The section references in a clause, e.g. "§1.b.iv; §2 Additional Commercial Terms" → §1.b.iv, §2. */
        public static List<String> references(String clause) {
            List<String> found = new ArrayList<>();
            if (clause == null) {
                return found;
            }
            Matcher reference = REFERENCE.matcher(clause);
            while (reference.find()) {
                found.add(reference.group().strip());
            }
            Matcher attachment = ATTACHMENT.matcher(clause);
            while (attachment.find()) {
                found.add(attachment.group());
            }
            return found;
        }

        /**
         * A section exists when its number starts a line or a sentence (alone, after "Section", "Article" or "§", as "4.",
         * "4)" or "(4)"), and each sub-label of the reference ({@code (c)}, {@code .b}, {@code .iv}) follows it in order as
         * "(c)" or "c." — the shape numbered legal texts take in plain text.
         */
        public static boolean hasSection(String text, String reference) {
            Matcher attachment = ATTACHMENT.matcher(reference);
            if (attachment.matches()) {
                return Pattern.compile("\\b" + attachment.group(1) + "\\s+" + attachment.group(2) + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(text).find();
            }
            Matcher parsed = REFERENCE.matcher(reference);
            if (!parsed.find()) {
                return false;
            }
            Matcher heading = Pattern.compile("(?m)(?:^|(?<=[.:;]\\s))[\\s>#*_|-]*(?:(?:Section|SECTION|Article|ARTICLE|Clause|§)\\s*)?\\(?"
                    + Pattern.quote(parsed.group(1)) + "(?:\\\\?[.):]|\\s)").matcher(text);
            if (!heading.find()) {
                return false;
            }
            int from = heading.end();
            Matcher labels = LABEL.matcher(parsed.group(2));
            while (labels.find()) {
                String label = Pattern.quote(labels.group(1) != null ? labels.group(1) : labels.group(2));
                Matcher next = Pattern.compile("\\(" + label + "\\)|(?<![\\w.])" + label + "[.)]\\s").matcher(text);
                if (!next.find(from)) {
                    return false;
                }
                from = next.end();
            }
            return true;
        }
    }
}

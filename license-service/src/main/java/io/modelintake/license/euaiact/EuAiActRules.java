package io.modelintake.license.euaiact;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.modelintake.contracts.Jurisdictions;
import io.modelintake.contracts.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The EU AI Act rules of {@code euaiact/eu-ai-act-rules.yaml}: the provisions quoted, the dates obligations apply
 * from, and the rules. Validated when loaded (a rule citing an unknown provision, a provision without source, a
 * CONDITIONAL rule without obligations stop the load, naming the file and entry). Immutable.
 */
public final class EuAiActRules {

    /** The rules shipped with the service. */
    public static final String BUNDLED = "euaiact/eu-ai-act-rules.yaml";

    private static final Pattern RULE_ID = Pattern.compile("EU_AI_ACT_[A-Z0-9]+(_[A-Z0-9]+)*");

    private final String version;
    private final String regulation;
    private final List<String> scope;
    private final Map<String, ApplicationDate> dates;
    private final Map<String, Provision> provisions;
    private final List<ScreenRule> rules;

    private EuAiActRules(String version, String regulation, List<String> scope, Map<String, ApplicationDate> dates,
            Map<String, Provision> provisions, List<ScreenRule> rules) {
        this.version = version;
        this.regulation = regulation;
        this.scope = List.copyOf(scope);
        this.dates = Map.copyOf(dates);
        this.provisions = Map.copyOf(provisions);
        this.rules = List.copyOf(rules);
    }

    public static EuAiActRules loadBundled() {
        try (InputStream in = EuAiActRules.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new InvalidRulesException(BUNDLED + ": not found on the classpath");
            }
            return load(in, BUNDLED);
        } catch (IOException e) {
            throw new InvalidRulesException(BUNDLED + ": cannot be read", e);
        }
    }

    /** Reads and validates a rules file; {@code source} names it in error messages. */
    public static EuAiActRules load(InputStream in, String source) {
        RulesFile file;
        try {
            ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                    .findAndAddModules()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();
            file = yaml.readValue(in, RulesFile.class);
        } catch (IOException e) {
            throw new InvalidRulesException(source + ": not a rules file: " + e.getMessage(), e);
        }
        Check check = new Check(source);
        check.require(file != null && !isBlank(file.version()), "", "`version` is required");
        check.require(!isBlank(file.regulation()), "", "`regulation` is required");
        check.require(isUrl(file.regulationUrl()), "", "`regulationUrl` must be an http(s) URL");
        check.require(file.scope() != null && !file.scope().isEmpty(), "", "`scope` must name a jurisdiction group");
        file.scope().forEach(group -> check.require(Jurisdictions.standard().group(group).isPresent(), "scope",
                "'" + group + "' is not a group of jurisdiction-groups.yaml"));
        Map<String, RulesFile.SourceText> sources = file.sources() == null ? Map.of() : file.sources();
        sources.forEach((id, text) -> {
            check.require(text != null && isUrl(text.url()), "source " + id, "needs an http(s) url");
            check.require(text.checked() != null, "source " + id, "needs a checked date");
        });
        Map<String, Provision> provisions = provisions(file, sources, check);
        Map<String, ApplicationDate> dates = dates(file, provisions, check);
        List<ScreenRule> rules = rules(file, provisions, dates, check);
        return new EuAiActRules(file.version(), file.regulation(), file.scope(), dates, provisions, rules);
    }

    private static Map<String, Provision> provisions(RulesFile file, Map<String, RulesFile.SourceText> sources,
            Check check) {
        check.require(file.provisions() != null && !file.provisions().isEmpty(), "", "`provisions` is empty");
        Map<String, Provision> provisions = new LinkedHashMap<>();
        file.provisions().forEach((id, entry) -> {
            String where = "provision " + id;
            check.require(entry != null && !isBlank(entry.cite()), where, "needs `cite`");
            RulesFile.SourceText read = null;
            if (entry.text() != null) {
                read = sources.get(entry.text());
                check.require(read != null, where, "names unknown source text '" + entry.text() + "'");
                check.require(!isBlank(entry.quote()), where, "was read in " + entry.text() + " but quotes nothing");
            } else {
                check.require(entry.quote() == null, where, "quotes words without naming the `text` they were read in");
                check.require(isUrl(entry.url()) && entry.checked() != null, where,
                        "names no `text` it was read in, so needs its own url and checked date");
            }
            String url = entry.url() != null ? entry.url() : file.regulationUrl();
            check.require(isUrl(url), where, "needs an http(s) url");
            LocalDate checked = entry.checked() != null ? entry.checked() : read.checked();
            provisions.put(id, new Provision(id, entry.cite().strip(), url,
                    entry.quote() == null ? null : entry.quote().strip(), read == null ? url : read.url(), checked));
        });
        return provisions;
    }

    private static Map<String, ApplicationDate> dates(RulesFile file, Map<String, Provision> provisions, Check check) {
        check.require(file.dates() != null && !file.dates().isEmpty(), "", "`dates` is empty");
        Map<String, ApplicationDate> dates = new LinkedHashMap<>();
        for (RulesFile.DateEntry entry : file.dates()) {
            String where = "date " + (entry == null ? null : entry.id());
            check.require(entry != null && !isBlank(entry.id()) && entry.from() != null, where, "needs `id` and `from`");
            Provision provision = provisions.get(entry.provision());
            check.require(provision != null, where, "names unknown provision '" + entry.provision() + "'");
            check.require(!isBlank(entry.what()), where, "needs `what`");
            check.require(dates.put(entry.id(), new ApplicationDate(entry.id(), entry.from(), provision, entry.what()))
                    == null, where, "is defined twice");
        }
        return dates;
    }

    private static List<ScreenRule> rules(RulesFile file, Map<String, Provision> provisions,
            Map<String, ApplicationDate> dates, Check check) {
        check.require(file.rules() != null && !file.rules().isEmpty(), "", "`rules` is empty");
        Set<String> ids = new HashSet<>();
        List<ScreenRule> rules = new ArrayList<>();
        for (RulesFile.RuleEntry entry : file.rules()) {
            String where = "rule " + (entry == null ? null : entry.id());
            check.require(entry != null && entry.id() != null && RULE_ID.matcher(entry.id()).matches(), where,
                    "id must be UPPER_SNAKE_CASE starting EU_AI_ACT_");
            check.require(ids.add(entry.id()), where, "id is used twice");
            check.require(!isBlank(entry.code()), where, "needs `code`");
            check.require(entry.severity() != null, where, "needs `severity`");
            check.require(!isBlank(entry.message()), where, "needs `message`");
            ApplicationDate from = dates.get(entry.appliesFrom());
            check.require(from != null, where, "`appliesFrom` names unknown date '" + entry.appliesFrom() + "'");
            Condition when = entry.when();
            check.require(when != null && when.constrainsSomething(), where, "`when` must constrain something");
            check.require(when.answered() == null || when.answered() || !when.asksAboutTheBlock(), where,
                    "asks about the EU AI Act block of a request that did not answer it");
            check.require(when.model() == null || when.model().constrainsSomething(), where,
                    "`model` must name a mark");
            List<String> obligations = entry.obligations() == null ? List.of() : entry.obligations();
            check.require(entry.verdict() != Verdict.CONDITIONAL || !obligations.isEmpty(), where,
                    "is CONDITIONAL without obligations");
            check.require(entry.cites() != null && !entry.cites().isEmpty(), where, "cites nothing");
            List<Provision> cites = new ArrayList<>();
            for (String id : entry.cites()) {
                Provision provision = provisions.get(id);
                check.require(provision != null, where, "cites unknown provision '" + id + "'");
                cites.add(provision);
            }
            rules.add(new ScreenRule(entry.id(), entry.code(), entry.severity(), entry.verdict(), from, when,
                    entry.message().strip(), obligations, cites));
        }
        return rules;
    }

    public String version() {
        return version;
    }

    public String regulation() {
        return regulation;
    }

    /** The jurisdiction groups a request must name a member of to be screened. */
    public List<String> scope() {
        return scope;
    }

    public List<ScreenRule> rules() {
        return rules;
    }

    public Map<String, Provision> provisions() {
        return provisions;
    }

    public Map<String, ApplicationDate> dates() {
        return dates;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isUrl(String value) {
        return value != null && (value.startsWith("https://") || value.startsWith("http://"));
    }

    /** Throws naming the file and entry. */
    private record Check(String source) {
        void require(boolean condition, String entry, String problem) {
            if (!condition) {
                throw new InvalidRulesException(source + (entry.isEmpty() ? "" : ", " + entry) + ": " + problem);
            }
        }
    }
}

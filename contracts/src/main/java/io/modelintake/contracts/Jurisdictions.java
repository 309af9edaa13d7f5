package io.modelintake.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The jurisdiction groups (EU, EEA) of {@code jurisdiction-groups.yaml}, defined once for every licence and dataset
 * rule: a term scoped to "EU" applies to a request in HU, and a request for "EU" meets a term that lists a member
 * state. Loaded and validated once; immutable.
 */
public final class Jurisdictions {

    static final String BUNDLED = "/jurisdiction-groups.yaml";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern GROUP_ID = Pattern.compile("[A-Z]{2,}");

    /** One group: its own members and the groups it takes in, with the page its membership was read on. */
    public record Group(String id, String name, List<String> members, List<String> includes, String sourceUrl,
            String checked, String note) {
        public Group {
            members = members == null ? List.of() : List.copyOf(members);
            includes = includes == null ? List.of() : List.copyOf(includes);
        }
    }

    private record File(List<Group> groups) {
    }

    private final Map<String, Group> groups;
    /** Each group's member countries, its included groups' members expanded. */
    private final Map<String, Set<String>> countries;

    private Jurisdictions(Map<String, Group> groups, Map<String, Set<String>> countries) {
        this.groups = groups;
        this.countries = countries;
    }

    /** The bundled groups; a broken file fails the first call with the reason. */
    public static Jurisdictions standard() {
        return Bundled.INSTANCE;
    }

    /** Reads and validates a groups file: an unknown included group, a malformed code or a missing source is an error. */
    public static Jurisdictions load(InputStream yaml) {
        File file;
        try {
            file = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("jurisdiction groups: unreadable (" + e.getMessage() + ")", e);
        }
        if (file == null || file.groups() == null || file.groups().isEmpty()) {
            throw new IllegalStateException("jurisdiction groups: the file defines no group");
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Group group : file.groups()) {
            String id = group.id();
            require(id != null && GROUP_ID.matcher(id).matches(), id, "needs an upper-case id (EU, EEA)");
            require(groups.put(id, group) == null, id, "is defined twice");
            require(group.name() != null && !group.name().isBlank(), id, "has no name");
            require(group.sourceUrl() != null && group.sourceUrl().startsWith("http"), id, "has no sourceUrl");
            require(group.checked() != null, id, "has no checked date");
            require(!group.members().isEmpty() || !group.includes().isEmpty(), id, "has no members");
            group.members().forEach(code -> require(COUNTRY.matcher(code).matches(), id,
                    "member '" + code + "' is not an ISO 3166-1 alpha-2 code"));
        }
        for (Group group : groups.values()) {
            group.members().forEach(code -> require(!groups.containsKey(code), group.id(),
                    "lists group " + code + " as a member; name it under includes"));
        }
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        for (Group group : groups.values()) {
            countries.put(group.id(), expand(group, groups, new ArrayList<>()));
        }
        return new Jurisdictions(Map.copyOf(groups), Map.copyOf(countries));
    }

    private static Set<String> expand(Group group, Map<String, Group> groups, List<String> path) {
        require(!path.contains(group.id()), group.id(), "includes itself through " + String.join(" > ", path));
        path.add(group.id());
        Set<String> members = new LinkedHashSet<>(group.members());
        for (String included : group.includes()) {
            Group other = groups.get(included);
            require(other != null, group.id(), "includes unknown group '" + included + "'");
            members.addAll(expand(other, groups, path));
        }
        path.remove(path.size() - 1);
        return Set.copyOf(members);
    }

    private static void require(boolean condition, String group, String problem) {
        if (!condition) {
            throw new IllegalStateException("jurisdiction groups: group " + group + " " + problem);
        }
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(normalise(id)));
    }

    /** A country code or a group id this knows: what a licence or dataset term may name. */
    public boolean isKnown(String codeOrGroup) {
        String code = normalise(codeOrGroup);
        return COUNTRY.matcher(code).matches() || groups.containsKey(code);
    }

    /** The countries a code or group stands for, the group id itself included so that "EU" still meets "EU". */
    public Set<String> expand(String codeOrGroup) {
        String code = normalise(codeOrGroup);
        Set<String> members = countries.get(code);
        if (members == null) {
            return Set.of(code);
        }
        Set<String> all = new LinkedHashSet<>(members);
        all.add(code);
        return all;
    }

    /** Whether a requested jurisdiction and a term's scope share any country: "HU" meets "EU", "EU" meets "DE". */
    public boolean overlaps(String requested, Collection<String> scope) {
        Set<String> wanted = expand(requested);
        return scope.stream().map(this::expand).anyMatch(covered -> covered.stream().anyMatch(wanted::contains));
    }

    /** The groups a country belongs to, narrowest first (HU: EU, then EEA). */
    public List<String> groupsOf(String country) {
        String code = normalise(country);
        return countries.entrySet().stream()
                .filter(entry -> entry.getValue().contains(code))
                .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** Loaded on first use: the bundled file is part of the vocabulary, like an enum. */
    private static final class Bundled {
        static final Jurisdictions INSTANCE = loadBundled();

        private static Jurisdictions loadBundled() {
            try (InputStream in = Jurisdictions.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("jurisdiction groups: " + BUNDLED + " is not on the class path");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

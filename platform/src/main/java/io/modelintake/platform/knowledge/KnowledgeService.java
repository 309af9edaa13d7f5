package io.modelintake.platform.knowledge;

import io.modelintake.platform.problem.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A service's knowledge: the bundled files seeded into its database at start (a file that does not validate stops
 * the start), curated entries on top, the snapshot {@code S} rebuilt when they change ({@link KnowledgeRefresh}).
 * Officers curate one kind of entry, {@code E}, through {@link KnowledgeResource}. A service subclasses this once,
 * naming its codec and that kind; the subclass is the bean its evaluation and its resources inject.
 */
public abstract class KnowledgeService<E, S> {

    /** The kind officers curate: how it is stored, the date its terms were read, how a snapshot finds it by id or alias. */
    public record Curated<E, S>(JsonEntriesCodec.Kind<E> kind, Function<E, LocalDate> checked,
            BiFunction<S, String, Optional<E>> find) {
    }

    /** An entry with its canonical id and the version of the knowledge it was found in. */
    public record Found<E>(E entry, String id, String version) {
    }

    private final KnowledgeBase<S> base;
    private final JsonEntriesCodec<S> codec;
    private final Curated<E, S> curated;

    /** {@code scope} names what a change to an entry of any kind touches (see {@link ChangeScope}). */
    protected KnowledgeService(KnowledgeStore store, JsonEntriesCodec<S> codec, Curated<E, S> curated,
            ChangeScope<S> scope) {
        this.base = new KnowledgeBase<>(store, codec, scope);
        this.codec = codec;
        this.curated = curated;
    }

    public S current() {
        return base.current();
    }

    /** A curated-kind entry by id or any alias. */
    public Optional<Found<E>> find(String idOrAlias) {
        return find(base.loaded(), idOrAlias);
    }

    /**
     * Stores an officer's version of an entry under {@code id}; an entry that would break the knowledge is refused
     * with {@link InvalidKnowledgeException} and nothing is stored.
     */
    public Found<E> curate(String id, E entry, String actor) {
        KnowledgeBase.Loaded<S> after = base.curate(curated.kind().name(), id, codec.write(entry), actor);
        return find(after, id).orElseThrow();
    }

    /**
     * What {@link #curate} would make of the knowledge, validated alike and stored nowhere: the entry under
     * {@code id} and the version a candidate is given. An entry that would break the knowledge is a 400 problem.
     */
    public Found<E> dryRun(String id, E entry) {
        try {
            base.candidate(Map.of(curated.kind().name(), Map.of(id, codec.write(entry))));
        } catch (InvalidKnowledgeException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        return new Found<>(entry, id, base.candidateVersion());
    }

    /** An entry of any kind this service stores, proposed for a dry run. */
    public record Candidate<T>(JsonEntriesCodec.Kind<T> kind, T entry) {
    }

    /** The knowledge in use and the same with candidate entries in place, stored nowhere (a dry run). */
    public record Simulated<S>(S current, S candidate) {
    }

    /**
     * The knowledge as it is and as it would be with {@code candidates} in place (each replacing the entry of its id
     * or added), validated as a curation is: an entry that would break it is refused with
     * a 400 problem naming it, as a curation's. Nothing is stored.
     */
    public Simulated<S> simulate(List<Candidate<?>> candidates) {
        S current = base.current();
        Map<String, Map<String, String>> replacements = new LinkedHashMap<>();
        candidates.forEach(candidate -> replacements.computeIfAbsent(candidate.kind().name(),
                kind -> new LinkedHashMap<>()).put(idOf(candidate), codec.write(candidate.entry())));
        try {
            return new Simulated<>(current, base.candidate(replacements));
        } catch (InvalidKnowledgeException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    /** Entries of the curated kind proposed under {@code field} of a dry run's body, checked as a curated entry is. */
    public List<Candidate<?>> candidates(String field, List<E> entries, Clock clock) {
        return candidates(field, entries, curated.kind(), curated.checked(), clock);
    }

    /**
     * Entries of {@code kind} proposed under {@code field} of a dry run's body, each checked as {@link KnowledgeResource}
     * checks a curated entry (an id, the date its terms were read, not ahead); a refusal names it, e.g. "licenses[1]".
     */
    public static <T> List<Candidate<?>> candidates(String field, List<T> entries, JsonEntriesCodec.Kind<T> kind,
            Function<T, LocalDate> checked, Clock clock) {
        List<Candidate<?>> candidates = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            String where = field + "[" + i + "]";
            if (entry == null || kind.id().apply(entry) == null || kind.id().apply(entry).isBlank()) {
                throw ProblemException.invalid(where, "each entry needs its id");
            }
            KnowledgeResponses.requireCandidate(where + " '" + kind.id().apply(entry) + "'", checked.apply(entry), clock);
            candidates.add(new Candidate<>(kind, entry));
        }
        return candidates;
    }

    private static <T> String idOf(Candidate<T> candidate) {
        return candidate.kind().id().apply(candidate.entry());
    }

    String idOf(E entry) {
        return curated.kind().id().apply(entry);
    }

    LocalDate checkedOf(E entry) {
        return curated.checked().apply(entry);
    }

    void start(String actor) {
        base.start(actor);
    }

    void refreshIfChanged() {
        base.refreshIfChanged();
    }

    private Optional<Found<E>> find(KnowledgeBase.Loaded<S> loaded, String idOrAlias) {
        return curated.find().apply(loaded.snapshot(), idOrAlias)
                .map(entry -> new Found<>(entry, idOf(entry), loaded.version()));
    }
}

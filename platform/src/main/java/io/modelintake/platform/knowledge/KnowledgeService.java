package io.modelintake.platform.knowledge;

import java.time.LocalDate;
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

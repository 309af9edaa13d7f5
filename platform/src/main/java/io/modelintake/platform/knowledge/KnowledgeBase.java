package io.modelintake.platform.knowledge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;

/**
 * A service's knowledge: the validated, immutable snapshot built from the store, rebuilt whenever the store's
 * revision moves (a curator's change here or on another replica). The snapshot type and how documents become
 * one are the service's ({@link Codec}); seeding, curation and versioning are the same everywhere.
 */
public final class KnowledgeBase<S> {

    /** How a service turns stored documents into its snapshot, and what it bundles. */
    public interface Codec<S> {

        /** The version of the bundled knowledge files, e.g. a digest of their content. */
        String bundleVersion();

        /** The bundled entries as JSON documents: kind → id → document. */
        Map<String, Map<String, String>> bundledDocuments();

        /** Builds and validates a snapshot; throws {@link InvalidKnowledgeException} naming the offending entry. */
        S build(String version, Map<String, List<String>> documentsByKind);
    }

    /** The snapshot in use, with the store revision it was built from and the version every answer cites. */
    public record Loaded<S>(long revision, String version, S snapshot) {
    }

    private static final Duration FIRST_LOAD_WAIT = Duration.ofSeconds(30);

    private final KnowledgeStore store;
    private final Codec<S> codec;
    private final ChangeScope<S> scope;
    private volatile Loaded<S> loaded;
    // Kafka consumers may start before the start-up load has finished: they wait for it instead of failing.
    private final CountDownLatch firstLoad = new CountDownLatch(1);

    /** {@code scope} names what a curated change touches, for the {@code KnowledgeChanged} each curation announces. */
    public KnowledgeBase(KnowledgeStore store, Codec<S> codec, ChangeScope<S> scope) {
        this.store = store;
        this.codec = codec;
        this.scope = scope;
    }

    /** Seeds the bundle into the store and loads the snapshot; a service calls it once at start. */
    public void start(String actor) {
        codec.bundledDocuments().forEach((kind, documents) -> store.seed(kind, codec.bundleVersion(), documents, actor));
        reload();
    }

    public S current() {
        return loaded().snapshot();
    }

    public String version() {
        return loaded().version();
    }

    /**
     * The snapshot and its version as one value, so that an answer never pairs an entry with another version. Before
     * the first load it waits for it, and then gives up with {@link KnowledgeNotReadyException}, a transient failure.
     */
    public Loaded<S> loaded() {
        Loaded<S> current = loaded;
        if (current != null) {
            return current;
        }
        try {
            if (!firstLoad.await(FIRST_LOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new KnowledgeNotReadyException("the knowledge is not loaded yet (start-up still seeding it)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KnowledgeNotReadyException("interrupted while waiting for the knowledge to load");
        }
        return loaded;
    }

    /** Rebuilds the snapshot if the store changed since it was loaded. */
    public void refreshIfChanged() {
        long revision = QuarkusTransaction.requiringNew().call(store::revision);
        if (loaded == null || revision != loaded.revision()) {
            reload();
        }
    }

    /**
     * Replaces (or adds) one entry on a curator's authority. The candidate knowledge is validated first, so an
     * entry that would break it is refused (the validation exception propagates) and nothing is stored. The stored
     * entry, its decision record and the {@code KnowledgeChanged} naming what it touches (before and after the
     * change) commit together.
     */
    public Loaded<S> curate(String kind, String id, String document, String actor) {
        S after = candidate(Map.of(kind, Map.of(id, document)));
        Loaded<S> before = loaded();
        ChangeScope.Touched touched = scope.of(before.snapshot(), kind, id).and(scope.of(after, kind, id));
        QuarkusTransaction.requiringNew().run(() -> {
            long revision = store.curate(kind, id, document, actor, before.version());
            store.announce(kind, id, before.version(), versionAt(revision), actor, touched);
        });
        reload();
        return loaded;
    }

    /**
     * The stored knowledge with {@code replacements} (kind → id → document) in place, each replacing the stored entry
     * of its id or added, built and validated as a curated entry is and stored nowhere: what a curation would make of
     * the knowledge, for a dry run. An entry that would break it throws {@link InvalidKnowledgeException}. Its
     * version is the current one followed by {@code +candidate}.
     */
    public S candidate(Map<String, Map<String, String>> replacements) {
        return codec.build(candidateVersion(), CandidateDocuments.of(storedDocuments(), replacements));
    }

    /** The version a candidate built now is given: the current one followed by {@code +candidate}. */
    public String candidateVersion() {
        return version() + "+candidate";
    }

    private String versionAt(long revision) {
        return codec.bundleVersion() + "+r" + revision;
    }

    private synchronized void reload() {
        Loaded<S> next = QuarkusTransaction.requiringNew().call(() -> {
            long revision = store.revision();
            String version = versionAt(revision);
            return new Loaded<>(revision, version, codec.build(version, CandidateDocuments.of(storedDocuments(), Map.of())));
        });
        loaded = next;
        firstLoad.countDown();
    }

    /** kind → id → document, as stored. */
    private Map<String, Map<String, String>> storedDocuments() {
        Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> codec.bundledDocuments().keySet().forEach(kind -> {
            Map<String, String> documents = new LinkedHashMap<>();
            store.all(kind).forEach(entry -> documents.put(entry.id, entry.document));
            byKind.put(kind, documents);
        }));
        return byKind;
    }
}

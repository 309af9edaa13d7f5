package io.modelintake.platform.knowledge;

import io.modelintake.platform.persistence.JsonColumns;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link KnowledgeBase.Codec} that stores every entry as its JSON, one kind of entry per Java type; a service
 * names its kinds, its bundled entries and how the stored entries make its snapshot.
 */
public final class JsonEntriesCodec<S> implements KnowledgeBase.Codec<S> {

    /** One kind of knowledge entry: the name it is stored under, its type and its id. */
    public record Kind<E>(String name, Class<E> type, Function<E, String> id) {

        public Bundled<E> bundled(Collection<E> entries) {
            return new Bundled<>(this, List.copyOf(entries));
        }
    }

    /** The entries of one kind that ship with the service. */
    public record Bundled<E>(Kind<E> kind, List<E> entries) {
    }

    /** The stored entries, read back by kind. */
    public interface Stored {
        <E> List<E> of(Kind<E> kind);
    }

    /** Builds and validates a snapshot from the stored entries; throws {@link InvalidKnowledgeException} naming the entry at fault. */
    @FunctionalInterface
    public interface Builder<S> {
        S build(String version, Stored stored);
    }

    private final JsonColumns json;
    private final String bundleVersion;
    private final Map<String, Map<String, String>> bundledDocuments = new LinkedHashMap<>();
    private final Builder<S> builder;

    public JsonEntriesCodec(JsonColumns json, String bundleVersion, List<Bundled<?>> bundled, Builder<S> builder) {
        this.json = json;
        this.bundleVersion = bundleVersion;
        this.builder = builder;
        bundled.forEach(this::addBundled);
    }

    @Override
    public String bundleVersion() {
        return bundleVersion;
    }

    @Override
    public Map<String, Map<String, String>> bundledDocuments() {
        return Collections.unmodifiableMap(bundledDocuments);
    }

    @Override
    public S build(String version, Map<String, List<String>> documentsByKind) {
        return builder.build(version, new Stored() {
            @Override
            public <E> List<E> of(Kind<E> kind) {
                return documentsByKind.getOrDefault(kind.name(), List.of()).stream()
                        .map(document -> json.read(document, kind.type())).toList();
            }
        });
    }

    public String write(Object entry) {
        return json.write(entry);
    }

    private <E> void addBundled(Bundled<E> bundled) {
        Map<String, String> documents = new LinkedHashMap<>();
        bundled.entries().forEach(entry -> documents.put(bundled.kind().id().apply(entry), write(entry)));
        bundledDocuments.put(bundled.kind().name(), documents);
    }
}

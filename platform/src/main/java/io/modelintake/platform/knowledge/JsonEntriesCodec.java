package io.modelintake.platform.knowledge;

import io.modelintake.platform.persistence.JsonColumns;
import java.util.List;

/** The part of a {@link KnowledgeBase.Codec} every service shares: entries stored as their JSON. */
public abstract class JsonEntriesCodec<S> implements KnowledgeBase.Codec<S> {

    private final JsonColumns json;
    private final String bundleVersion;

    protected JsonEntriesCodec(JsonColumns json, String bundleVersion) {
        this.json = json;
        this.bundleVersion = bundleVersion;
    }

    @Override
    public String bundleVersion() {
        return bundleVersion;
    }

    public String write(Object entry) {
        return json.write(entry);
    }

    protected <T> List<T> read(List<String> documents, Class<T> type) {
        return documents.stream().map(document -> json.read(document, type)).toList();
    }
}

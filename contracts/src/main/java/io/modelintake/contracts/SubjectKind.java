package io.modelintake.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a finding is about; serialised in the lower-case form of API.md. */
public enum SubjectKind {
    LICENSE("license"),
    MODEL("model"),
    BASE_MODEL("base-model"),
    DATASET("dataset"),
    DATA_SOURCE("data-source"),
    JURISDICTION("jurisdiction");

    private final String json;

    SubjectKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static SubjectKind fromJson(String value) {
        for (SubjectKind kind : values()) {
            if (kind.json.equalsIgnoreCase(value) || kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown subject kind: " + value);
    }
}

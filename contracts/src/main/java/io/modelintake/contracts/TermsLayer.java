package io.modelintake.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which layer of a model a verdict rests on (DESIGN.md, "Model source"): the code's licence (a GitHub repository's
 * LICENSE, a framework's BSD or Apache-2.0), the weights' own licence or terms, or the training data's terms. The
 * three differ: "the repo is Apache-2.0, so the weights are fine" is the confusion this keeps apart.
 */
public enum TermsLayer {
    CODE("code"),
    WEIGHTS("weights"),
    DATA("data");

    private final String json;

    TermsLayer(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static TermsLayer fromJson(String value) {
        for (TermsLayer layer : values()) {
            if (layer.json.equalsIgnoreCase(value) || layer.name().equalsIgnoreCase(value)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown terms layer: " + value);
    }
}

package io.modelintake.platform.input;

/**
 * Whether a text can be stored: PostgreSQL refuses the NUL character (U+0000) in text and jsonb, so a NUL that got
 * past the edge would fail the insert and answer 500. Every service refuses it where text comes in.
 */
public final class StorableText {

    /** The violation message, the same for a JSON field, a form field and a query parameter. */
    public static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

    private StorableText() {
    }

    public static boolean holdsNul(CharSequence text) {
        return text != null && text.chars().anyMatch(c -> c == 0);
    }
}

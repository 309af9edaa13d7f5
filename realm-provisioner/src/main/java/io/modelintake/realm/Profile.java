package io.modelintake.realm;

import java.util.Locale;

/** Where the realm is provisioned; decides whether demo credentials may exist (API.md: local and test only). */
public enum Profile {
    LOCAL,
    TEST,
    PROD;

    public boolean hasDemoUsers() {
        return this != PROD;
    }

    public static Profile parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown profile '" + text + "': use local, test or prod", e);
        }
    }
}

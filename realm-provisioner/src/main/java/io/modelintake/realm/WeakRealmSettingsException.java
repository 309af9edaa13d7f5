package io.modelintake.realm;

import java.util.List;

/** The production profile was asked for with settings that would leave the realm open. */
public class WeakRealmSettingsException extends IllegalArgumentException {

    private final List<String> weaknesses;

    public WeakRealmSettingsException(List<String> weaknesses) {
        super("Refusing to provision realm " + RealmDefinition.REALM + " for production: " + String.join("; ", weaknesses));
        this.weaknesses = List.copyOf(weaknesses);
    }

    public List<String> weaknesses() {
        return weaknesses;
    }
}

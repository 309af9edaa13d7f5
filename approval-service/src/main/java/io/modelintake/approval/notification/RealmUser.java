package io.modelintake.approval.notification;

import java.util.Optional;

/** A user of the realm as the notifications need them: a verified e-mail address is the only one ever mailed. */
public record RealmUser(String username, String email, boolean emailVerified, boolean enabled) {

    /** The address to mail, when the realm verified it. */
    public Optional<String> mailAddress() {
        return emailVerified && email != null && !email.isBlank() ? Optional.of(email.strip()) : Optional.empty();
    }
}

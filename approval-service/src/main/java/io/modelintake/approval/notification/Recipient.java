package io.modelintake.approval.notification;

import java.util.Optional;

/** Who gets a notification in their inbox, and the realm address it is mailed to (none: inbox only). */
public record Recipient(String username, Optional<String> address) {
}

package io.modelintake.approval.notification;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's own inbox: only the signed-in user's entries are ever read or marked. */
@ApplicationScoped
public class UserInbox {

    /** An inbox entry as the API and the page show it. */
    public record Entry(UUID id, NotificationKind kind, UUID requestId, String subject, String body, Instant createdAt,
            Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    /** The newest entries and how many of all are unread. */
    public record Listing(List<Entry> items, long unread) {
    }

    private final Clock clock;

    public UserInbox(Clock clock) {
        this.clock = clock;
    }

    public Listing list(String username, boolean unreadOnly, int max) {
        String query = unreadOnly ? "recipient = ?1 and readAt is null" : "recipient = ?1";
        List<Entry> items = NotificationEntity.<NotificationEntity>find(query, Sort.descending("createdAt").and("id"), username)
                .page(0, max).list().stream().map(UserInbox::entry).toList();
        return new Listing(items, unread(username));
    }

    public long unread(String username) {
        return NotificationEntity.count("recipient = ?1 and readAt is null", username);
    }

    /** Marks the user's entry read (again: no change); empty when the user has no such entry. */
    @Transactional
    public Optional<Entry> markRead(UUID id, String username) {
        return NotificationEntity.<NotificationEntity>find("id = ?1 and recipient = ?2", id, username).firstResultOptional()
                .map(entity -> {
                    if (entity.readAt == null) {
                        entity.readAt = Instant.now(clock);
                    }
                    return entry(entity);
                });
    }

    private static Entry entry(NotificationEntity entity) {
        return new Entry(entity.id, entity.kind, entity.requestId, entity.subject, entity.body, entity.createdAt,
                entity.readAt);
    }
}

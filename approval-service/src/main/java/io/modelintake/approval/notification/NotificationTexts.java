package io.modelintake.approval.notification;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The subject and plain-text body of a notification, from its kind's Qute template
 * ({@code templates/notifications/<kind>.txt}, fragments {@code subject} and {@code body}). The mail is text only, so
 * the request's texts are never read as markup there; the inbox page escapes them as HTML.
 */
@ApplicationScoped
public class NotificationTexts {

    /** The longest subject stored and sent. */
    static final int MAX_SUBJECT = 500;

    /** A rendered notification. */
    public record Text(String subject, String body) {
    }

    private final Engine engine;
    private final NotificationConfig config;

    public NotificationTexts(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.config = config;
    }

    public Text render(Notification notification) {
        Template template = engine.getTemplate(notification.kind().template());
        if (template == null) {
            throw new IllegalStateException("no template " + notification.kind().template() + ".txt");
        }
        String link = config.uiUrl() + switch (notification.kind().audience()) {
            case OFFICERS -> "/ui/requests/" + notification.requestId();
            case REQUESTER -> "/ui/my/" + notification.requestId();
        };
        String subject = template.getFragment("subject").data("n", notification).data("link", link).render();
        String body = template.getFragment("body").data("n", notification).data("link", link).render();
        return new Text(oneLine(subject), body.strip() + "\n");
    }

    /** A subject is one header line: a line break in a model name must not start another header. */
    static String oneLine(String subject) {
        String line = subject.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1) + "…";
    }
}

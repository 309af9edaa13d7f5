package io.modelintake.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server in the test JVM (GreenMail, from Maven Central) that accepts any sender and recipient without a
 * login, so the tests read the mail the services sent. One per JVM ({@link #shared()}), stopped when the JVM exits.
 */
public final class MailServer implements AutoCloseable {

    /** A received mail as the tests read it. */
    public record Mail(List<String> to, String subject, String body) {
    }

    private static MailServer shared;

    private final GreenMail greenMail;
    private final int smtpPort;

    private MailServer(int smtpPort) {
        this.smtpPort = smtpPort;
        this.greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public static synchronized MailServer shared() {
        if (shared == null) {
            shared = new MailServer(FreePort.pick());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "mail-server-stop"));
        }
        return shared;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Every mail received so far. */
    public List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::mail).toList();
    }

    /** The mails to {@code address} that match, once at least {@code count} arrived within {@code timeout}. */
    public List<Mail> await(String address, Predicate<Mail> matching, int count, Duration timeout) {
        List<Mail>[] found = new List[1];
        boolean arrived = Await.until(timeout, Duration.ofMillis(200), () -> {
            found[0] = received().stream().filter(mail -> mail.to().contains(address)).filter(matching).toList();
            return found[0].size() >= count;
        });
        if (!arrived) {
            throw new AssertionError(count + " mail(s) to " + address + " expected within " + timeout + ", got "
                    + found[0] + " (all received: " + received().stream().map(m -> m.to() + " " + m.subject()).toList() + ")");
        }
        return found[0];
    }

    private static Mail mail(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return new Mail(to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    message.getSubject(), text(message).replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** The decoded text of a plain-text mail (quoted-printable undone), else its raw body. */
    private static String text(MimeMessage message) throws MessagingException, IOException {
        return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

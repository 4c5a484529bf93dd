package ai.smartsuccess.skillslab.notification.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What really arrived at the local SMTP server (GreenMail), read through its web API and parsed as a mail client
 * would: the raw MIME message, its subject decoded from the raw header, its HTML and plain-text parts.
 */
public final class Inbox {

    static final String GREENMAIL = System.getProperty("greenmail.api", "http://127.0.0.1:8025");

    /** @param rawSubject the Subject header exactly as it travelled (encoded words and all) */
    public record Received(String rawSubject, String subject, String html, String text, String mime) {}

    /** The recipient's messages in arrival order; none for an address that never received anything. */
    public static List<Received> messages(String email) {
        var response = given().get(GREENMAIL + "/api/user/" + email + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> found = response.jsonPath().getList("$");
        return found.stream().map(m -> parse((String) m.get("mimeMessage"))).toList();
    }

    public static List<Received> awaitMessages(String email, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> messages(email).size() >= count);
        return messages(email);
    }

    static Received parse(String mime) {
        try {
            MimeMessage message = new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mime.getBytes(StandardCharsets.ISO_8859_1)));
            String raw = MimeUtility.unfold(message.getHeader("Subject", null));
            return new Received(
                    raw, MimeUtility.decodeText(raw), part(message, "text/html"), part(message, "text/plain"), mime);
        } catch (Exception e) {
            throw new AssertionError("not a readable MIME message", e);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Inbox() {}
}

package ai.smartsuccess.skillslab.assessment.service.results;

import ai.smartsuccess.skillslab.assessment.config.ResultsConfig;
import ai.smartsuccess.skillslab.assessment.service.results.ResultShareService.Published;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.PublicResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * The 1200×630 OpenGraph card of a public result, drawn with Java2D (headless) in the report's DejaVu fonts: name,
 * task, score, level and a bar per category. Rendered once per share and score revision and kept in memory (a few
 * tens of kilobytes each, the least recently used dropped past {@code skillslab.results.card-cache-size}). Blocking:
 * call it off the event loop.
 */
@ApplicationScoped
public class ResultCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Logger LOG = Logger.getLogger(ResultCard.class);
    private static final Color INK = new Color(0x1a, 0x23, 0x33);
    private static final Color MUTED = new Color(0x5b, 0x67, 0x7a);
    private static final Color ACCENT = new Color(0x15, 0x65, 0xc0);
    private static final Color VERIFIED = new Color(0x2e, 0x7d, 0x32);
    private static final Color TRACK = new Color(0xe3, 0xe8, 0xef);

    static {
        // No display on a server: draw into images only.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Font regular;
    private final Font bold;
    private final Map<String, byte[]> cache;

    ResultCard(ResultsConfig config) {
        this.regular = font("/reports/fonts/DejaVuSans.ttf");
        this.bold = font("/reports/fonts/DejaVuSans-Bold.ttf");
        int size = config.cardCacheSize();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > size;
            }
        });
    }

    public byte[] png(Published published) {
        byte[] cached = cache.get(published.revision());
        if (cached != null) {
            return cached;
        }
        long started = System.nanoTime();
        byte[] png = render(published.result());
        LOG.debugf("result card rendered in %d ms", (System.nanoTime() - started) / 1_000_000);
        cache.put(published.revision(), png);
        return png;
    }

    byte[] render(PublicResult r) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(r.verified() ? VERIFIED : ACCENT);
            g.fillRect(0, 0, WIDTH, 14);

            g.setColor(MUTED);
            g.setFont(bold.deriveFont(26f));
            g.drawString(ResultShareService.ISSUER, 60, 72);
            g.setFont(regular.deriveFont(22f));
            String wording = r.verified() ? "Verified result" : "Score issued by Skills Lab";
            g.setColor(r.verified() ? VERIFIED : MUTED);
            g.drawString(wording, WIDTH - 60 - g.getFontMetrics().stringWidth(wording), 72);

            g.setColor(INK);
            g.setFont(bold.deriveFont(54f));
            g.drawString(fit(g, r.name(), 1080), 60, 160);
            g.setColor(MUTED);
            g.setFont(regular.deriveFont(30f));
            String task = r.taskTitle() + (r.taskDifficulty() == null ? "" : " · " + r.taskDifficulty());
            g.drawString(fit(g, task, 1080), 60, 210);

            g.setColor(r.verified() ? VERIFIED : ACCENT);
            g.setFont(bold.deriveFont(120f));
            g.drawString(String.format(Locale.ROOT, "%.1f", r.finalScore()), 60, 380);
            g.setFont(bold.deriveFont(36f));
            g.setColor(INK);
            g.drawString(fit(g, r.level() == null ? "" : ResultBadge.capitalized(r.level()), 380), 60, 440);
            g.setFont(regular.deriveFont(22f));
            g.setColor(MUTED);
            if (r.completedAt() != null) {
                g.drawString("Completed " + r.completedAt(), 60, 480);
            }

            bars(g, r.categoryScores());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void bars(Graphics2D g, Map<String, Double> categories) {
        int x = 500;
        int y = 270;
        int barWidth = 640;
        int shown = 0;
        for (Map.Entry<String, Double> category : categories.entrySet()) {
            if (shown++ == 6) {
                break;
            }
            g.setFont(regular.deriveFont(22f));
            g.setColor(INK);
            g.drawString(fit(g, label(category.getKey()), barWidth - 80), x, y);
            String value = String.format(Locale.ROOT, "%.0f", category.getValue());
            g.drawString(value, x + barWidth - g.getFontMetrics().stringWidth(value), y);
            g.setColor(TRACK);
            g.fillRoundRect(x, y + 10, barWidth, 14, 14, 14);
            g.setColor(ACCENT);
            int filled = (int) Math.round(barWidth * Math.max(0, Math.min(100, category.getValue())) / 100.0);
            g.fillRoundRect(x, y + 10, filled, 14, 14, 14);
            y += 56;
        }
    }

    /** {@code prompt_engineering} → "Prompt engineering". */
    static String label(String key) {
        return ResultBadge.capitalized(key.replace('_', ' ').replace('-', ' '));
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Font font(String resource) {
        try (InputStream in = ResultCard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("unreadable font " + resource, e);
        }
    }
}

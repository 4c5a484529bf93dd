package ai.smartsuccess.skillslab.assessment.service.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.assessment.config.ResultsConfig;
import ai.smartsuccess.skillslab.assessment.service.results.ResultShareService.Published;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.PublicResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ResultCardTest {

    private static final ResultsConfig CONFIG = new ResultsConfig() {
        @Override
        public Optional<String> signingKey() {
            return Optional.empty();
        }

        @Override
        public int cardCacheSize() {
            return 2;
        }
    };

    @Test
    void the_card_is_a_1200_by_630_png_rendered_once_per_revision() throws Exception {
        ResultCard cards = new ResultCard(CONFIG);
        PublicResult result = new PublicResult(
                "AbCdEfGhIjKlMnOpQrStUv",
                "Jane Doe with a rather long name that must be cut to fit the card",
                "Build a REST API for payments",
                "advanced",
                "2026-12-07",
                82.5,
                "proficient",
                Map.of("planning", 70.0, "prompt_engineering", 88.0, "outcome_quality", 91.5),
                List.of("Clear plan."),
                "1.3.0",
                true,
                "Skills Lab",
                "2026-12-07T10:00:00Z");
        Published published = new Published(result, "rev-1");

        long started = System.nanoTime();
        byte[] png = cards.png(published);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] again = cards.png(published);
        long cachedMicros = (System.nanoTime() - started) / 1_000;
        System.out.printf("result card: rendered in %d ms, from the cache in %d µs%n", firstMillis, cachedMicros);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ResultCard.WIDTH).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(ResultCard.HEIGHT).isEqualTo(630);
        assertThat(again).isSameAs(png);
    }
}

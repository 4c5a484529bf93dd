package ai.smartsuccess.skillslab.scoring.service.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepetitionDetectorTest {

    static List<AiExchange> exchanges(String... prompts) {
        TextAnalyzer analyzer =
                new TextAnalyzer(new TaskVocabulary("", ""), new WorkspaceVocabulary(List.of(), List.of()));
        List<TrackingEvent> events = new ArrayList<>();
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        for (int i = 0; i < prompts.length; i++) {
            t = t.plusSeconds(60);
            events.add(new TrackingEvent(
                    "p" + i, TrackingEventType.AI_PROMPT, t, t, "server", Map.of("prompt", prompts[i])));
        }
        return AiInteractionExtractor.extract(events, analyzer);
    }

    final RepetitionDetector detector = new RepetitionDetector(Engines.embedder());

    @Test
    void a_lightly_edited_prompt_is_a_repeat() {
        Repetition r =
                detector.detect(exchanges("fix the server it doesn't work", "please fix the server, it doesn't work"));
        assertThat(r.duplicate(1)).isTrue();
        assertThat(r.rate()).isEqualTo(1.0);
    }

    @Test
    void the_same_request_in_other_words_is_caught_by_the_embedding_model() {
        Repetition r = detector.detect(exchanges(
                "How do I make the delete endpoint return 404 when the todo does not exist?",
                "How can the delete endpoint answer 404 if the todo doesn't exist?"));
        assertThat(r.embedded()).isEqualTo(2);
        assertThat(r.maxSimilarity().get(1)).isGreaterThan(RepetitionDetector.SEMANTIC_DUPLICATE);
        assertThat(r.duplicate(1)).isTrue();
    }

    @Test
    void a_follow_up_on_a_different_part_of_the_task_is_not_a_repeat() {
        Repetition r = detector.detect(exchanges(
                "Implement TodoStore.create with sqlite3 and return the new todo.",
                "Now add validation in do_POST so a blank title answers 400 with a JSON error.",
                "Write unit tests for update() on a missing todo."));
        assertThat(r.duplicates()).isZero();
    }
}

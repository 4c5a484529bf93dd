package ai.smartsuccess.skillslab.scoring.service.feedback;

import ai.smartsuccess.skillslab.scoring.service.evaluate.Rubric;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.service.preprocess.TimeMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's summary, written twice: addressed to "you" for the person who took the task (invited or not: it is
 * their report too) and about "the candidate" for a business or an admin reading it. Minutes are whole numbers; every
 * clause agrees with its subject.
 */
public final class SummaryWriter {

    private static final Map<String, String> LEVEL_MEANING = Map.of(
            "explorer", "starting to bring AI tools into the workflow",
            "operator", "using AI tools competently for routine work",
            "architect", "orchestrating AI tools effectively across a whole workflow",
            "innovator", "working with AI with exceptional skill and judgement");

    /** What the summary needs besides the evidence. */
    public record Facts(
            double finalScore,
            String level,
            Map<String, Double> categoryScores,
            List<String> failed,
            boolean judgeFellBack) {}

    private SummaryWriter() {}

    /** Who the summary speaks to. */
    public enum Voice {
        /** The candidate reading their own report. */
        CANDIDATE("You"),
        /** A business or an admin reading about the candidate. */
        REVIEWER("The candidate");

        private final String subject;

        Voice(String subject) {
            this.subject = subject;
        }
    }

    public static String write(SessionEvidence e, Facts facts, Voice voice) {
        String subject = voice.subject;
        List<String> sentences = new ArrayList<>();
        String meaning = LEVEL_MEANING.get(facts.level());
        sentences.add(subject + " scored " + number(facts.finalScore()) + " out of 100, which is the "
                + Rubric.label(facts.level()) + " level" + (meaning == null ? "." : ": " + meaning + "."));

        Map.Entry<String, Double> best = null;
        Map.Entry<String, Double> worst = null;
        for (Map.Entry<String, Double> entry : facts.categoryScores().entrySet()) {
            if (best == null || entry.getValue() > best.getValue()) {
                best = entry;
            }
            if (worst == null || entry.getValue() < worst.getValue()) {
                worst = entry;
            }
        }
        if (best != null && worst != null && !best.getKey().equals(worst.getKey())) {
            sentences.add(
                    "The strongest category was " + Rubric.label(best.getKey()).toLowerCase() + " ("
                            + number(best.getValue()) + ") and the weakest was "
                            + Rubric.label(worst.getKey()).toLowerCase()
                            + " (" + number(worst.getValue()) + ").");
        }
        if (e.trackingPresent()) {
            sentences.add(time(e.time()));
        } else {
            sentences.add("No activity was recorded during the session, so this score rests on the final files"
                    + (e.tests().outcomeFromHiddenTests() ? " and the hidden tests alone." : " alone."));
        }
        if (!e.tests().hidden().trusted()) {
            // No flag names here: the candidate reads this summary too; the codes are in the owner's view.
            sentences.add(
                    voice == Voice.CANDIDATE
                            ? "The hidden tests did not count: the submitted files interfere with how tests run, so outcome"
                                    + " quality was capped."
                            : "The submission interferes with how the hidden tests run (see integrity): their result does not"
                                    + " count and outcome quality is capped.");
        }
        if (e.prompts() == 0 && e.trackingPresent()) {
            sentences.add(subject + " did not use the AI assistant, so prompt engineering" + " scored 0.");
        }
        if (!facts.failed().isEmpty()) {
            sentences.add("Some parts could not be evaluated and were left out of the score: "
                    + String.join(
                            ", ",
                            facts.failed().stream()
                                    .map(f -> Rubric.label(f.replace('.', ' ')))
                                    .toList())
                    + ".");
        }
        if (facts.judgeFellBack()) {
            sentences.add("The AI judge could not be reached for every category, so those categories rest on the"
                    + " recorded evidence alone.");
        }
        if (e.integrity().manipulated()) {
            sentences.add("Requests aimed at the score were found in the chat; they were ignored.");
        }
        return String.join(" ", sentences);
    }

    static String time(TimeMetrics t) {
        List<String> parts = new ArrayList<>();
        addPart(parts, t.aiSeconds(), "with the AI assistant");
        addPart(parts, t.codingSeconds(), "coding");
        addPart(parts, t.terminalSeconds(), "in the terminal");
        addPart(parts, t.planningSeconds(), "planning");
        addPart(parts, t.idleSeconds(), "idle");
        String total = minutes(t.totalSeconds());
        return parts.isEmpty()
                ? "The session took " + total + "."
                : "The session took " + total + ": " + join(parts) + ".";
    }

    private static void addPart(List<String> parts, long seconds, String what) {
        long minutes = Math.round(seconds / 60.0);
        if (minutes > 0) {
            parts.add(minutes + " " + what);
        }
    }

    static String minutes(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** 72.50 prints as 72.5 and 72.00 as 72. */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}

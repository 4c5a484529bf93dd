package ai.smartsuccess.skillslab.scoring.service.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A strength or an improvement (a remark) built from {@link Claim}s: a strength joins the clauses that hold under a lead ("Tests
 * were used well: …"); an improvement is the first piece of advice whose condition holds. Nothing is said when no
 * claim holds.
 *
 * @param text the sentence, empty when nothing can be said
 * @param claims the claims the sentence rests on, all of which hold
 */
public record Remark(String text, List<Claim> claims) {

    public static final Remark NONE = new Remark("", List.of());

    public Remark {
        claims = List.copyOf(claims);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** Starts a strength whose clauses are kept only where their metric holds. */
    public static Strength strength(String lead) {
        return new Strength(lead);
    }

    /** Starts an improvement: the first advice whose condition holds. */
    public static Advice advice() {
        return new Advice();
    }

    public static final class Strength {
        private final String lead;
        private final List<Claim> clauses = new ArrayList<>();

        private Strength(String lead) {
            this.lead = lead;
        }

        public Strength clause(String text, String metric, double min, double max) {
            clauses.add(new Claim(text, metric, min, max));
            return this;
        }

        public Remark build(Map<String, Object> metrics) {
            List<Claim> held = clauses.stream().filter(c -> c.holds(metrics)).toList();
            if (held.isEmpty()) {
                return NONE;
            }
            List<String> parts = held.stream().map(Claim::text).toList();
            String joined = parts.size() == 1
                    ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
            return new Remark(lead + ": " + joined + ".", held);
        }
    }

    public static final class Advice {
        private final List<Claim> options = new ArrayList<>();

        private Advice() {}

        public Advice when(String text, String metric, double min, double max) {
            options.add(new Claim(text, metric, min, max));
            return this;
        }

        public Remark build(Map<String, Object> metrics) {
            return options.stream()
                    .filter(c -> c.holds(metrics))
                    .findFirst()
                    .map(c -> new Remark(c.text(), List.of(c)))
                    .orElse(NONE);
        }
    }
}

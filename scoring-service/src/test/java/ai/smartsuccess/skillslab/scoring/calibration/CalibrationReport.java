package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import ai.smartsuccess.skillslab.scoring.calibration.CalibrationSet.Session;
import ai.smartsuccess.skillslab.scoring.calibration.SessionScript.Band;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of a scored calibration set: each session against its band, band accuracy, pairwise ordering agreement
 * (within a task by expectations.json's orderings, across tasks where bands do not overlap, each manipulated session
 * against its twin), the targets, and how each of the sixteen subitems moves across the set.
 */
public final class CalibrationReport {

    private static final List<String> CATEGORIES =
            List.of("planning", "prompt_engineering", "tool_orchestration", "outcome_quality");

    /** Two sessions the expectations order; {@code higher} should score above {@code lower} (or, for a twin, not above it). */
    public record Pair(
            String kind, String higher, double higherScore, String lower, double lowerScore, boolean agrees) {}

    public record Target(String name, boolean passed, String detail) {}

    public record Sensitivity(
            String subitem, double min, double max, double mean, double stdev, Double spearman, int n) {
        public boolean neverMoves() {
            return stdev < 3;
        }

        public boolean movesAgainstExpectation() {
            return spearman != null && spearman < 0;
        }
    }

    private final CalibrationSet set;
    private final List<Pair> withinTask = new ArrayList<>();
    private final List<Pair> crossTask = new ArrayList<>();
    private final List<Pair> twins = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Sensitivity> sensitivity = new ArrayList<>();

    public CalibrationReport(CalibrationSet set) {
        this.set = set;
        Expectations ex = set.expectations();
        for (List<Session> task : set.byTask().values()) {
            for (Expectations.Ordering o : ex.orderings()) {
                for (Session hi : task) {
                    for (Session lo : task) {
                        if (hi.script().archetype().equals(o.higher())
                                && lo.script().archetype().equals(o.lower())) {
                            withinTask.add(new Pair(
                                    "within-task",
                                    hi.name(),
                                    hi.score(),
                                    lo.name(),
                                    lo.score(),
                                    hi.score() > lo.score()));
                        }
                    }
                }
            }
        }
        List<Session> banded =
                set.sessions().stream().filter(s -> !s.isTwinGroup()).toList();
        for (Session a : banded) {
            for (Session b : banded) {
                if (!a.script().task().equals(b.script().task())
                        && !a.band().overlaps(b.band())
                        && a.band().min() > b.band().max()) {
                    crossTask.add(
                            new Pair("cross-task", a.name(), a.score(), b.name(), b.score(), a.score() > b.score()));
                }
            }
        }
        for (Session s : set.sessions()) {
            if (s.twinReport() != null) {
                twins.add(new Pair(
                        "twin", s.name() + " (twin)", s.twinScore(), s.name(), s.score(), s.score() <= s.twinScore()));
            }
        }

        targets.add(target(
                "every 'nothing' session scores below " + num(ex.doNothingBelow()),
                set.sessions().stream().filter(s -> s.group().equals("nothing")).toList(),
                s -> s.score() < ex.doNothingBelow()));
        targets.add(target(
                "every nothing/unsolved session scores below " + num(ex.nothingAndUnsolvedBelow()),
                set.sessions().stream()
                        .filter(s -> s.group().equals("nothing") || s.group().equals("unsolved"))
                        .toList(),
                s -> s.score() < ex.nothingAndUnsolvedBelow()));
        targets.add(target(
                "every solved-well session scores at least " + num(ex.solvedWellAtLeast()),
                set.sessions().stream()
                        .filter(s -> s.group().equals("solved-well"))
                        .toList(),
                s -> s.score() >= ex.solvedWellAtLeast()));
        List<Pair> all = allPairs();
        double agreement = agreement(all);
        targets.add(new Target(
                "pairwise ordering agreement at least " + pct(ex.pairwiseAgreement()),
                !all.isEmpty() && agreement >= ex.pairwiseAgreement(),
                all.isEmpty() ? "no pairs" : pct(agreement) + " of " + all.size() + " pairs"));

        computeSensitivity();
    }

    private Target target(String name, List<Session> sessions, java.util.function.Predicate<Session> ok) {
        List<Session> failing = sessions.stream().filter(ok.negate()).toList();
        String detail = sessions.isEmpty()
                ? "no such session"
                : failing.isEmpty()
                        ? sessions.size() + " of " + sessions.size() + " sessions"
                        : failing.size() + " of " + sessions.size() + " miss: "
                                + failing.stream()
                                        .map(s -> s.name() + " " + num(s.score()))
                                        .collect(Collectors.joining(", "));
        return new Target(name, !sessions.isEmpty() && failing.isEmpty(), detail);
    }

    private void computeSensitivity() {
        List<Session> sessions = set.sessions();
        if (sessions.isEmpty()) {
            return;
        }
        Map<String, List<String>> subitems = new LinkedHashMap<>();
        sessions.get(0).report().subitemScores().forEach((c, m) -> subitems.put(c, new ArrayList<>(m.keySet())));
        for (Map.Entry<String, List<String>> category : subitems.entrySet()) {
            for (String subitem : category.getValue()) {
                double[] raw = sessions.stream()
                        .mapToDouble(s -> raw(s, category.getKey(), subitem))
                        .toArray();
                List<Session> ranked = sessions.stream()
                        .filter(s -> Expectations.GROUP_RANK.containsKey(s.group()))
                        .toList();
                double[] x = ranked.stream()
                        .mapToDouble(s -> raw(s, category.getKey(), subitem))
                        .toArray();
                double[] y = ranked.stream()
                        .mapToDouble(s -> Expectations.GROUP_RANK.get(s.group()))
                        .toArray();
                double mean = Arrays.stream(raw).average().orElse(0);
                double var =
                        Arrays.stream(raw).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, raw.length - 1);
                sensitivity.add(new Sensitivity(
                        category.getKey() + "." + subitem,
                        Arrays.stream(raw).min().orElse(0),
                        Arrays.stream(raw).max().orElse(0),
                        mean,
                        Math.sqrt(var),
                        spearman(x, y),
                        raw.length));
            }
        }
    }

    private static double raw(Session s, String category, String subitem) {
        Map<String, SubitemScore> c = s.report().subitemScores().get(category);
        SubitemScore score = c == null ? null : c.get(subitem);
        return score == null ? 0 : score.raw();
    }

    /** Spearman's rho with average ranks for ties; null when either side never varies. */
    static Double spearman(double[] x, double[] y) {
        if (x.length < 3) {
            return null;
        }
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] ranks = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** The archetypes of expectations.json that a task's sessions do not cover. */
    public List<String> missingArchetypes(List<Session> taskSessions) {
        List<String> missing = new ArrayList<>(set.expectations().archetypes().keySet());
        taskSessions.forEach(s -> missing.remove(s.script().archetype()));
        return missing;
    }

    public List<Pair> withinTask() {
        return withinTask;
    }

    public List<Pair> crossTask() {
        return crossTask;
    }

    public List<Pair> twins() {
        return twins;
    }

    public List<Pair> allPairs() {
        List<Pair> all = new ArrayList<>(withinTask);
        all.addAll(crossTask);
        all.addAll(twins);
        return all;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<Sensitivity> sensitivity() {
        return sensitivity;
    }

    public Target target(int index) {
        return targets.get(index);
    }

    public double bandAccuracy() {
        return set.sessions().isEmpty()
                ? 0
                : (double) set.sessions().stream().filter(Session::inBand).count()
                        / set.sessions().size();
    }

    static double agreement(List<Pair> pairs) {
        return pairs.isEmpty()
                ? 0
                : (double) pairs.stream().filter(Pair::agrees).count() / pairs.size();
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        List<Session> sessions = set.sessions();
        out.append("CALIBRATION SET REPORT (evidence-only scoring, no LLM judge)\n");
        out.append(String.format(
                "%d sessions over %d tasks; interpreters: %s%n",
                sessions.size(), set.byTask().size(), set.interpreters()));

        out.append("\nCOVERAGE (every archetype is required of a task with at least 8 sessions)\n");
        set.byTask().forEach((task, list) -> {
            List<String> missing = missingArchetypes(list);
            out.append(String.format(
                    "  %-18s %2d sessions%s%n",
                    task,
                    list.size(),
                    missing.isEmpty()
                            ? ", every archetype"
                            : (list.size() >= 8 ? ", MISSING " : ", not yet: ") + String.join(", ", missing)));
        });

        out.append("\nPROBLEMS WITH THE SCRIPTS (")
                .append(set.problems().size())
                .append(")\n");
        if (set.problems().isEmpty()) {
            out.append("  none: every script replays and does what its archetype says\n");
        }
        set.problems().forEach(p -> out.append("  - ").append(p).append('\n'));

        out.append("\nSESSIONS\n");
        out.append(String.format(
                "  %-36s %-19s %6s %-9s %-16s %-4s %-7s %-9s %5s | %5s %5s %5s %5s%n",
                "session",
                "archetype",
                "score",
                "level",
                "expected",
                "band",
                "hidden",
                "runs",
                "ask",
                "plan",
                "prompt",
                "tools",
                "outc."));
        for (Session s : sessions) {
            String expected = s.isTwinGroup()
                    ? "<= twin " + num(s.twinScore())
                            + (s.script().expected() != null
                                    ? " & " + s.script().expected()
                                    : "")
                    : s.band().toString();
            Map<String, Double> c = s.report().categoryScores();
            out.append(String.format(
                    "  %-36s %-19s %6s %-9s %-16s %-4s %-7s %-9s %5d | %5s %5s %5s %5s%n",
                    s.name(),
                    s.script().archetype(),
                    num(s.score()),
                    s.report().proficiencyLevel(),
                    expected,
                    s.inBand() ? "yes" : "NO",
                    s.replay().hidden().passed() + "/" + s.replay().hidden().total(),
                    runs(s),
                    s.replay().prompts(),
                    num(c.getOrDefault(CATEGORIES.get(0), 0.0)),
                    num(c.getOrDefault(CATEGORIES.get(1), 0.0)),
                    num(c.getOrDefault(CATEGORIES.get(2), 0.0)),
                    num(c.getOrDefault(CATEGORIES.get(3), 0.0))));
        }
        out.append("  (hidden: hidden tests passed/total on the final files; runs: run steps; ask: prompts;"
                + " last four columns: category scores)\n");
        out.append("  (runs: run steps, with how many exited non-zero)\n");

        long inBand = sessions.stream().filter(Session::inBand).count();
        out.append(String.format(
                "%nBAND ACCURACY: %d of %d sessions in their expected range (%s);"
                        + " a twin-group session is in range when it scores no higher than its twin%n",
                inBand, sessions.size(), pct(bandAccuracy())));
        Map<String, List<Session>> byArchetype = new LinkedHashMap<>();
        set.expectations().archetypes().keySet().forEach(a -> byArchetype.put(a, new ArrayList<>()));
        sessions.forEach(s -> byArchetype
                .computeIfAbsent(s.script().archetype(), k -> new ArrayList<>())
                .add(s));
        byArchetype.forEach((archetype, list) -> {
            if (!list.isEmpty()) {
                out.append(String.format(
                        "  %-19s %d/%d in range; scores %s%n",
                        archetype,
                        list.stream().filter(Session::inBand).count(),
                        list.size(),
                        list.stream().map(s -> num(s.score())).collect(Collectors.joining(", "))));
            }
        });

        out.append("\nPAIRWISE ORDERING AGREEMENT\n");
        pairs(out, "(a) within a task, by expectations.json's orderings", withinTask);
        pairs(out, "(b) across tasks, sessions whose expected ranges do not overlap", crossTask);
        pairs(out, "(c) each manipulated session scores no higher than its twin", twins);
        List<Pair> all = allPairs();
        out.append(String.format(
                "  all together: %d of %d pairs agree (%s)%n",
                all.stream().filter(Pair::agrees).count(), all.size(), pct(agreement(all))));

        out.append("\nTARGETS\n");
        for (Target t : targets) {
            out.append(String.format("  [%s] %s: %s%n", t.passed() ? "PASS" : "FAIL", t.name(), t.detail()));
        }

        out.append("\nSENSITIVITY: each subitem's raw score over the set; rho = Spearman correlation with the expected"
                + " group rank (nothing 0, unsolved 1, solved 2, solved-well 3; twin-group sessions left out)\n");
        out.append(String.format(
                "  %-46s %6s %6s %6s %6s %6s  %s%n", "subitem", "min", "max", "mean", "stdev", "rho", "flags"));
        for (Sensitivity s : sensitivity) {
            List<String> flags = new ArrayList<>();
            if (s.neverMoves()) {
                flags.add("never moves");
            }
            if (s.movesAgainstExpectation()) {
                flags.add("moves against expectation");
            }
            out.append(String.format(
                    "  %-46s %6s %6s %6s %6s %6s  %s%n",
                    s.subitem(),
                    num(s.min()),
                    num(s.max()),
                    num(s.mean()),
                    num(s.stdev()),
                    s.spearman() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", s.spearman()),
                    String.join(", ", flags)));
        }
        return out.toString();
    }

    private static void pairs(StringBuilder out, String title, List<Pair> pairs) {
        long agree = pairs.stream().filter(Pair::agrees).count();
        out.append(String.format(
                "  %s: %d of %d agree (%s)%n",
                title, agree, pairs.size(), pairs.isEmpty() ? "no pairs" : pct(agreement(pairs))));
        for (Pair p : pairs) {
            if (!p.agrees()) {
                String relation = p.kind().equals("twin") ? " should be <= " : " should be < ";
                out.append(String.format(
                        "      disagrees: %s %s%s%s %s%n",
                        p.lower(), num(p.lowerScore()), relation, p.higher(), num(p.higherScore())));
            }
        }
    }

    private static String runs(Session s) {
        long red = s.replay().runs().stream()
                .filter(r -> r.result().exitCode() != 0)
                .count();
        int all = s.replay().runs().size();
        return red == 0 ? Integer.toString(all) : all + " (" + red + " red)";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String num(Double v) {
        return v == null ? "n/a" : num(v.doubleValue());
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v * 100);
    }

    static String bandText(Band band) {
        return band == null ? "n/a" : band.toString();
    }
}

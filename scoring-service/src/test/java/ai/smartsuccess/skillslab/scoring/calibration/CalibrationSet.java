package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.scoring.calibration.SessionReplayer.Replay;
import ai.smartsuccess.skillslab.scoring.calibration.SessionScript.Band;
import ai.smartsuccess.skillslab.scoring.calibration.SessionScript.Kind;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Every session script under {@code calibration/sessions/**}, replayed and scored. A script that cannot be replayed,
 * or whose replay contradicts its archetype (a "solved" session whose final files fail the hidden suite, say), is a
 * problem of the set, listed with the script and step; the others are scored all the same.
 */
public final class CalibrationSet {

    /**
     * A scored session; a session with manipulation steps also has its twin (the same script without them).
     */
    public record Session(
            SessionScript script,
            Expectations.Archetype archetype,
            Replay replay,
            ScoreReport report,
            Replay twinReplay,
            ScoreReport twinReport) {

        public String name() {
            return script.name();
        }

        public String group() {
            return archetype.group();
        }

        public double score() {
            return report.finalScore();
        }

        public Double twinScore() {
            return twinReport == null ? null : twinReport.finalScore();
        }

        public boolean isTwinGroup() {
            return Expectations.TWIN.equals(archetype.group());
        }

        /** The band the score is expected in: the script's own, else the archetype's (none for a twin session). */
        public Band band() {
            return script.expected() != null ? script.expected() : archetype.band();
        }

        public boolean inBand() {
            if (isTwinGroup()) {
                return twinScore() != null
                        && score() <= twinScore()
                        && (script.expected() == null || script.expected().contains(score()));
            }
            return band().contains(score());
        }

        public double hiddenPassRate() {
            HiddenTestResults h = replay.hidden();
            return h.total() == 0 ? 0 : (double) h.passed() / h.total();
        }
    }

    private final Expectations expectations;
    private final List<Session> sessions;
    private final List<String> problems;
    private final String interpreters;

    private CalibrationSet(
            Expectations expectations, List<Session> sessions, List<String> problems, String interpreters) {
        this.expectations = expectations;
        this.sessions = List.copyOf(sessions);
        this.problems = List.copyOf(problems);
        this.interpreters = interpreters;
    }

    public static CalibrationSet load(TaskCatalog catalog, CommandRunner runner, ScoringEngine engine) {
        Expectations expectations = Expectations.load();
        SessionReplayer replayer = new SessionReplayer(catalog, runner);
        List<Path> files = scriptFiles();
        List<String> problems = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            Path root = sessionsRoot();
            List<Future<Replay[]>> replays = new ArrayList<>();
            List<SessionScript> scripts = new ArrayList<>();
            for (Path file : files) {
                String relative = "sessions/" + root.relativize(file).toString().replace('\\', '/');
                SessionScript script;
                try {
                    String folder = file.getParent().getFileName().toString();
                    String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
                    script = SessionScript.parse(relative, folder, stem, Files.readString(file));
                    Expectations.Archetype archetype = expectations.archetypes().get(script.archetype());
                    if (archetype == null) {
                        throw new ScriptException(
                                relative + ": unknown archetype '" + script.archetype() + "' (expectations.json has "
                                        + expectations.archetypes().keySet() + ")");
                    }
                    if (Expectations.TWIN.equals(archetype.group()) && !script.hasManipulation()) {
                        throw new ScriptException(relative + ": an " + script.archetype()
                                + " session marks its manipulation steps with \"manipulation\": true");
                    }
                } catch (ScriptException e) {
                    problems.add(e.getMessage());
                    continue;
                } catch (IOException e) {
                    problems.add(relative + ": cannot be read: " + e.getMessage());
                    continue;
                }
                SessionScript s = script;
                scripts.add(s);
                replays.add(pool.submit(() ->
                        new Replay[] {replayer.replay(s, false), s.hasManipulation() ? replayer.replay(s, true) : null
                        }));
            }
            for (int i = 0; i < scripts.size(); i++) {
                SessionScript script = scripts.get(i);
                Replay[] replay;
                try {
                    replay = replays.get(i).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    problems.add(
                            cause instanceof ScriptException
                                    ? cause.getMessage()
                                    : script.file() + ": the replay failed: " + cause);
                    continue;
                }
                Expectations.Archetype archetype = expectations.archetypes().get(script.archetype());
                ScoreReport report = engine.score(replay[0].fixture().input());
                ScoreReport twin = replay[1] == null
                        ? null
                        : engine.score(replay[1].fixture().input());
                Session session = new Session(script, archetype, replay[0], report, replay[1], twin);
                problems.addAll(ArchetypeChecks.check(session));
                sessions.add(session);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return new CalibrationSet(expectations, sessions, problems, runner.interpreters());
    }

    public Expectations expectations() {
        return expectations;
    }

    public List<Session> sessions() {
        return sessions;
    }

    /** Scripts that could not be replayed, and replays that contradict their archetype. */
    public List<String> problems() {
        return problems;
    }

    public String interpreters() {
        return interpreters;
    }

    public Map<String, List<Session>> byTask() {
        Map<String, List<Session>> byTask = new java.util.TreeMap<>();
        sessions.forEach(s -> byTask.computeIfAbsent(s.script().task(), k -> new ArrayList<>())
                .add(s));
        return byTask;
    }

    static Path sessionsRoot() {
        URL url = CalibrationSet.class.getResource("/calibration/sessions");
        if (url == null) {
            throw new IllegalStateException("no calibration/sessions folder among the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> scriptFiles() {
        try (Stream<Path> walk = Files.walk(sessionsRoot())) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What each archetype's description promises, checked on the replay (the script, not the engine). */
    static final class ArchetypeChecks {

        private ArchetypeChecks() {}

        static List<String> check(Session s) {
            List<String> wrong = new ArrayList<>();
            SessionScript script = s.script();
            Replay r = s.replay();
            int prompts = r.prompts();
            int runs = r.runs().size();
            double hidden = s.hiddenPassRate();
            String rate = String.format("%d/%d", r.hidden().passed(), r.hidden().total());
            switch (script.archetype()) {
                case "nothing" -> {
                    need(wrong, prompts == 0, "asks the AI nothing", "has " + prompts + " prompts");
                    need(
                            wrong,
                            script.minutes() >= 3 && script.minutes() <= 10,
                            "submits after 3–10 minutes",
                            "submits at minute " + script.minutes());
                    need(
                            wrong,
                            sameIgnoringWhitespace(r.fixture().starterFiles, r.fixture().finalFiles),
                            "changes nothing (a blank line at most)",
                            "its final files differ from the starter");
                }
                case "thrashing" -> {
                    need(wrong, prompts >= 8 && prompts <= 15, "sends 8–15 prompts", "sends " + prompts);
                    need(wrong, hidden < 0.25, "passes < 25 % of the hidden tests", "passes " + rate);
                }
                case "plan-no-solve" -> {
                    need(wrong, count(script, Kind.NOTE) >= 1, "writes a plan (a note)", "has no note");
                    need(wrong, hidden < 0.25, "passes < 25 % of the hidden tests", "passes " + rate);
                }
                case "paste-task" -> {
                    need(wrong, prompts >= 1, "prompts the AI", "has no prompt");
                    need(wrong, runs <= 1, "runs the tests at most once", "runs " + runs + " times");
                }
                case "solved-no-ai" -> {
                    need(wrong, prompts == 0, "asks the AI nothing", "has " + prompts + " prompts");
                    need(wrong, runs >= 2, "runs the visible tests after its increments", "runs " + runs + " times");
                    need(wrong, hidden >= 0.9, "solves it (hidden >= 90 %)", "passes " + rate);
                }
                case "solved-good-ai" -> {
                    need(wrong, prompts >= 1, "prompts the AI", "has no prompt");
                    need(wrong, runs >= 1, "runs the visible tests", "never runs them");
                    need(wrong, hidden >= 0.9, "passes >= 90 % of the hidden tests", "passes " + rate);
                }
                case "solved-ai-untested" -> {
                    need(wrong, prompts >= 1, "prompts the AI", "has no prompt");
                    need(
                            wrong,
                            runs == 0 && count(script, Kind.TERMINAL) == 0,
                            "never runs a test or command",
                            "runs " + runs + " and types " + count(script, Kind.TERMINAL) + " commands");
                    need(wrong, hidden >= 0.75, "passes >= 75 % of the hidden tests", "passes " + rate);
                }
                case "recovery" -> {
                    boolean failedThenPassed = false;
                    boolean failed = false;
                    for (SessionReplayer.Run run : r.runs()) {
                        failed |= run.result().exitCode() != 0;
                        failedThenPassed |= failed && run.result().exitCode() == 0;
                    }
                    need(
                            wrong,
                            failedThenPassed,
                            "has a failing visible run, then a passing one",
                            "runs exit with "
                                    + r.runs().stream()
                                            .map(x -> x.result().exitCode())
                                            .toList());
                    need(wrong, hidden >= 0.9, "passes >= 90 % of the hidden tests", "passes " + rate);
                }
                default -> {}
            }
            return wrong.stream()
                    .map(w -> script.file() + ": a " + script.archetype() + " session " + w)
                    .toList();
        }

        private static void need(List<String> wrong, boolean ok, String what, String actual) {
            if (!ok) {
                wrong.add(what + ", but this one " + actual);
            }
        }

        private static long count(SessionScript script, Kind kind) {
            return script.steps().stream().filter(st -> st.kind() == kind).count();
        }

        private static boolean sameIgnoringWhitespace(Map<String, String> a, Map<String, String> b) {
            if (!a.keySet().equals(b.keySet())) {
                return false;
            }
            return a.keySet().stream()
                    .allMatch(
                            k -> a.get(k).replaceAll("\\s+", "").equals(b.get(k).replaceAll("\\s+", "")));
        }
    }
}

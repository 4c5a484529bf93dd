package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the runs, the failure episodes and what happened after each, and reads the hidden test verdict. */
public final class TestActivityAnalyzer {

    /** Authored lines from which the amount of code no longer limits an outcome estimated without hidden tests. */
    static final int SUBSTANTIAL_LINES = 20;

    static final Pattern TEST_COMMAND = Pattern.compile(
            "(?i)\\b(?:unittest|pytest|py\\.test|npm (?:run )?test|node --test|jest|vitest|mocha|go test|mvn\\b.*\\btest"
                    + "|gradle\\b.*\\btest|cargo test|dotnet test|rspec|phpunit)\\b");
    static final Pattern EDGE_TEST = Pattern.compile(
            "(?i)(?:invalid|missing|blank|empty|unknown|not_?found|404|400|error|edge|negative|boundary|duplicate|limit"
                    + "|overflow|null|none|malformed|too_?long|unicode|concurren|race|timeout)");

    private TestActivityAnalyzer() {}

    public static TestActivity analyze(
            List<TrackingEvent> events,
            List<AiExchange> exchanges,
            CodeEvolution evolution,
            Repetition repetition,
            HiddenTestResults hiddenResults) {
        List<RunRecord> runs = new ArrayList<>();
        for (TrackingEvent event : events) {
            if (event.type() == TrackingEventType.TEST_RUN) {
                String command = nonNull(Data.string(event, "command"));
                Long exit = Data.numberOrNull(event, "exitCode");
                boolean timedOut = Data.bool(event, "timedOut", false);
                // A run the candidate stopped says nothing about the code: it is neither a pass nor a failure.
                boolean stopped = Data.bool(event, "stopped", false);
                Boolean passed = exit == null || stopped ? null : exit == 0 && !timedOut;
                runs.add(new RunRecord(event.id(), event.timestamp(), command, passed, true, true));
            } else if (event.type() == TrackingEventType.TERMINAL_COMMAND) {
                String command = nonNull(Data.string(event, "command")).trim();
                if (!command.isEmpty()) {
                    runs.add(new RunRecord(
                            event.id(),
                            event.timestamp(),
                            command,
                            null,
                            false,
                            TEST_COMMAND.matcher(command).find()));
                }
            }
        }
        List<CodeChange> changes = evolution.changes();

        RunRecord firstPass =
                runs.stream().filter(RunRecord::succeeded).findFirst().orElse(null);

        int reruns = 0;
        RunRecord previousTest = null;
        for (RunRecord run : runs) {
            if (!run.testCommand()) {
                continue;
            }
            if (previousTest != null
                    && previousTest.command().equals(run.command())
                    && changesBetween(changes, previousTest.at(), run.at()) == 0) {
                reruns++;
            }
            previousTest = run;
        }

        int green = 0;
        Instant lastGreen = null;
        for (RunRecord run : runs) {
            if (run.succeeded()) {
                Instant since = lastGreen == null ? Instant.MIN : lastGreen;
                if (changesBetween(changes, since, run.at()) > 0) {
                    green++;
                }
                lastGreen = run.at();
            }
        }

        List<FailureEpisode> episodes = new ArrayList<>();
        RunRecord openFailure = null;
        List<RunRecord> known = runs.stream().filter(r -> r.passed() != null).toList();
        for (RunRecord run : known) {
            if (run.failed() && openFailure == null) {
                openFailure = run;
            } else if (run.succeeded() && openFailure != null) {
                episodes.add(episode(openFailure, run, run.at(), runs, exchanges, changes, repetition));
                openFailure = null;
            }
        }
        if (openFailure != null) {
            episodes.add(episode(openFailure, null, Instant.MAX, runs, exchanges, changes, repetition));
        }

        HiddenOutcome hidden = hidden(hiddenResults);
        Outcome outcome = outcome(hidden, runs, known, changes, evolution.authoredLines());
        return new TestActivity(
                List.copyOf(runs),
                firstPass,
                episodes,
                reruns,
                green,
                hidden,
                outcome.rate(),
                outcome.basis(),
                outcome.source());
    }

    record Outcome(double rate, String basis, String source) {}

    /**
     * The hidden pass rate when the suite ran (0 when the run was interfered with: tampering never earns the fallbacks,
     * which could be worth more than the honest result). Without a hidden result, the candidate's own evidence, scaled
     * by how much code was written ({@link #SUBSTANTIAL_LINES} authored lines saturate), so that a trivial change is
     * never a good outcome: the last recorded run after the final change passed 0.7, passed before later changes 0.45,
     * failed 0.2; tests run in the terminal only 0.3; code never run 0.15; nothing 0.
     */
    static Outcome outcome(
            HiddenOutcome hidden,
            List<RunRecord> runs,
            List<RunRecord> known,
            List<CodeChange> changes,
            int authoredLines) {
        if (!hidden.trusted()) {
            return new Outcome(
                    0,
                    "hidden tests not counted: the submission interferes with how tests run",
                    TestActivity.HIDDEN_TESTS);
        }
        if (hidden.ran()) {
            return new Outcome(
                    hidden.passRate(),
                    "hidden tests: " + hidden.passed() + " of " + hidden.total() + " passed",
                    TestActivity.HIDDEN_TESTS);
        }
        double substance = Math.min(1, authoredLines / (double) SUBSTANTIAL_LINES);
        String amount = authoredLines + " authored line(s)";
        RunRecord lastKnown = known.isEmpty() ? null : known.get(known.size() - 1);
        if (lastKnown != null) {
            boolean changedAfter = changesBetween(changes, lastKnown.at(), Instant.MAX) > 0;
            double rate = !lastKnown.succeeded() ? 0.2 : changedAfter ? 0.45 : 0.7;
            return new Outcome(
                    rate * substance,
                    "no hidden tests; the candidate's last recorded test run "
                            + (lastKnown.succeeded() ? "passed" : "failed")
                            + (lastKnown.succeeded() && changedAfter ? ", but the code changed after it" : "")
                            + "; " + amount,
                    TestActivity.CANDIDATE_RUNS);
        }
        if (runs.stream().anyMatch(RunRecord::testCommand)) {
            return new Outcome(
                    0.3 * substance,
                    "no hidden tests; tests were run in the terminal with unrecorded outcomes; " + amount,
                    TestActivity.CANDIDATE_RUNS);
        }
        if (authoredLines > 0) {
            return new Outcome(
                    0.15 * substance,
                    "no hidden tests and no test run; judged from the code alone (" + amount + ")",
                    TestActivity.NONE);
        }
        return new Outcome(0, "no hidden tests, no test run and no code written", TestActivity.NONE);
    }

    private static FailureEpisode episode(
            RunRecord failure,
            RunRecord recovery,
            Instant end,
            List<RunRecord> runs,
            List<AiExchange> exchanges,
            List<CodeChange> changes,
            Repetition repetition) {
        int codeChanges = changesBetween(changes, failure.at(), end);
        boolean manualFix =
                changes.stream().anyMatch(c -> c.at().isAfter(failure.at()) && c.at().isBefore(end) && !c.fromAi());
        int prompts = 0;
        boolean precisePrompt = false;
        int duplicatePrompts = 0;
        for (AiExchange exchange : exchanges) {
            if (exchange.at().isAfter(failure.at()) && exchange.at().isBefore(end)) {
                prompts++;
                CandidateText text = exchange.text();
                if (text.correctionCue()
                        && (!text.anchors().isEmpty() || !text.code().isEmpty())) {
                    precisePrompt = true;
                }
                if (repetition.duplicate(exchange.index())) {
                    duplicatePrompts++;
                }
            }
        }
        int unchangedReruns = 0;
        Instant previous = failure.at();
        for (RunRecord run : runs) {
            if (run.at().isAfter(failure.at()) && run.at().isBefore(end) && run.testCommand()) {
                if (changesBetween(changes, previous, run.at()) == 0) {
                    unchangedReruns++;
                }
                previous = run.at();
            }
        }
        boolean targeted = codeChanges > 0 && (manualFix || precisePrompt);
        boolean flailing = unchangedReruns >= 2 || duplicatePrompts >= 2;
        return new FailureEpisode(failure, recovery, codeChanges, prompts, targeted, flailing);
    }

    static int changesBetween(List<CodeChange> changes, Instant from, Instant to) {
        int n = 0;
        for (CodeChange change : changes) {
            if (change.at().isAfter(from) && change.at().isBefore(to)) {
                n++;
            }
        }
        return n;
    }

    private static HiddenOutcome hidden(HiddenTestResults results) {
        if (results == null || "none".equals(results.runner()) || results.total() <= 0 || results.error() != null) {
            return new HiddenOutcome(
                    false,
                    results == null ? 0 : results.total(),
                    results == null ? 0 : results.passed(),
                    results != null && results.timedOut(),
                    results == null ? null : results.error(),
                    List.of(),
                    0,
                    0,
                    results == null ? List.of() : results.integrityFlags());
        }
        List<String> failed = new ArrayList<>();
        int edgeTotal = 0;
        int edgePassed = 0;
        for (HiddenTestResults.TestCaseResult test : results.tests()) {
            if (!test.passed()) {
                failed.add(test.name());
            }
            if (test.name() != null && EDGE_TEST.matcher(test.name()).find()) {
                edgeTotal++;
                if (test.passed()) {
                    edgePassed++;
                }
            }
        }
        int passed = Math.max(0, Math.min(results.passed(), results.total()));
        boolean trusted = results.integrityFlags().isEmpty();
        return new HiddenOutcome(
                true,
                results.total(),
                passed,
                results.timedOut(),
                null,
                failed,
                edgeTotal,
                trusted ? edgePassed : 0,
                results.integrityFlags());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

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
        double outcome;
        String basis;
        RunRecord lastKnown = known.isEmpty() ? null : known.get(known.size() - 1);
        if (!hidden.trusted()) {
            // Tampering never earns the fallbacks below, which could be worth more than the honest result.
            outcome = 0;
            basis = "hidden tests not counted: the submission interferes with how tests run";
        } else if (hidden.ran()) {
            outcome = hidden.passRate();
            basis = "hidden tests: " + hidden.passed() + " of " + hidden.total() + " passed";
        } else if (lastKnown != null) {
            outcome = lastKnown.succeeded() ? 0.7 : 0.25;
            basis = "no hidden test result; the last visible test run " + (lastKnown.succeeded() ? "passed" : "failed");
        } else if (runs.stream().anyMatch(RunRecord::testCommand)) {
            outcome = 0.4;
            basis = "no hidden test result; tests were run in the terminal with unrecorded outcomes";
        } else if (evolution.authoredLines() >= 10) {
            outcome = 0.3;
            basis = "no test evidence; code was written but never run against tests";
        } else {
            outcome = 0;
            basis = "no test evidence and almost no code written";
        }
        return new TestActivity(List.copyOf(runs), firstPass, episodes, reruns, green, hidden, outcome, basis);
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

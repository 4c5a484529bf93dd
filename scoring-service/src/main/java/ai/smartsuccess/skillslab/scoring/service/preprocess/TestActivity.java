package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * Verification evidence.
 *
 * @param runs every run, terminal command or run-API call, in time order
 * @param firstPass the first passing run-API call
 * @param rerunsWithoutChange runs that repeated the previous run with no code change in between
 * @param greenMilestones passing runs with code changes since the previous passing run
 * @param outcomeRate 0..1: the hidden pass rate, or an estimate from the candidate's own runs and the amount of code
 *     written when there is no hidden suite (see the module README)
 * @param outcomeBasis what {@code outcomeRate} rests on, in words
 * @param outcomeSource {@link #HIDDEN_TESTS}, {@link #CANDIDATE_RUNS} or {@link #NONE}
 */
public record TestActivity(
        List<RunRecord> runs,
        RunRecord firstPass,
        List<FailureEpisode> episodes,
        int rerunsWithoutChange,
        int greenMilestones,
        HiddenOutcome hidden,
        double outcomeRate,
        String outcomeBasis,
        String outcomeSource) {

    public static final String HIDDEN_TESTS = "hidden-tests";
    public static final String CANDIDATE_RUNS = "candidate-runs";
    public static final String NONE = "none";

    /** Whether the outcome rests on the task's hidden suite (counted or voided by tampering). */
    public boolean outcomeFromHiddenTests() {
        return HIDDEN_TESTS.equals(outcomeSource);
    }

    public List<RunRecord> testRuns() {
        return runs.stream().filter(RunRecord::testCommand).toList();
    }

    public boolean anyRun() {
        return !runs.isEmpty();
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * Verification evidence.
 *
 * @param runs every run, terminal command or run-API call, in time order
 * @param firstPass the first passing run-API call
 * @param rerunsWithoutChange runs that repeated the previous run with no code change in between
 * @param greenMilestones passing runs with code changes since the previous passing run
 * @param outcomeRate 0..1: the hidden pass rate, or an estimate from visible runs when there is no hidden suite
 * @param outcomeBasis what {@code outcomeRate} rests on, in words
 */
public record TestActivity(
        List<RunRecord> runs,
        RunRecord firstPass,
        List<FailureEpisode> episodes,
        int rerunsWithoutChange,
        int greenMilestones,
        HiddenOutcome hidden,
        double outcomeRate,
        String outcomeBasis) {

    public List<RunRecord> testRuns() {
        return runs.stream().filter(RunRecord::testCommand).toList();
    }

    public boolean anyRun() {
        return !runs.isEmpty();
    }
}

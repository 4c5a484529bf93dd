package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.EvidenceRef;
import ai.smartsuccess.skillslab.scoring.service.calculate.Scales;
import ai.smartsuccess.skillslab.scoring.service.preprocess.FailureEpisode;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error recovery: after each failing run, did the candidate get back to green, with a targeted fix rather than
 * re-running or re-asking the same thing; and were applied AI answers verified by a run.
 */
public final class ErrorRecoveryScorer implements SubitemScorer {

    @Override
    public String category() {
        return Rubric.PROMPT_ENGINEERING;
    }

    @Override
    public String subitem() {
        return "error_recovery";
    }

    @Override
    public SubitemResult score(SessionEvidence e) {
        if (e.prompts() == 0) {
            return NoAiUse.result(
                    e,
                    "Use the AI assistant, check its answers by running the tests, and correct it precisely when it is wrong.");
        }
        int applied = e.tools().productivePrompts();
        // With no applied answer there was nothing of the AI's to check: that earns nothing rather than half.
        double verification = applied == 0 ? 0 : (double) e.tools().verifiedProductivePrompts() / applied;
        List<FailureEpisode> episodes = e.tests().episodes();
        List<EvidenceRef> refs = new ArrayList<>();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("appliedAnswers", applied);
        metrics.put("verifiedAnswers", e.tools().verifiedProductivePrompts());
        metrics.put("failures", episodes.size());
        double value;
        String reasoning;
        if (!episodes.isEmpty()) {
            int n = episodes.size();
            double recovered =
                    episodes.stream().filter(FailureEpisode::recovered).count() / (double) n;
            double targeted = episodes.stream().filter(FailureEpisode::targeted).count() / (double) n;
            double flailing = episodes.stream().filter(FailureEpisode::flailing).count() / (double) n;
            value = Scales.score(0.4 * recovered + 0.3 * targeted - 0.15 * flailing + 0.3 * verification);
            for (FailureEpisode episode : episodes) {
                refs.add(Refs.run(
                        episode.failure(), episode.recovered() ? "Failure later fixed" : "Failure never fixed"));
                if (episode.recovered()) {
                    refs.add(Refs.run(episode.recoveredBy(), "Back to passing"));
                }
                if (refs.size() >= 4) {
                    break;
                }
            }
            reasoning = Math.round(recovered * n) + " of " + n + " failing run(s) were followed by a passing one, "
                    + Math.round(targeted * n) + " with a targeted fix; " + Refs.pct(verification)
                    + " of applied AI answers were run before moving on.";
            metrics.put("recoveredShare", Scales.round2(recovered));
            metrics.put("targetedShare", Scales.round2(targeted));
            metrics.put("flailingShare", Scales.round2(flailing));
        } else {
            // Without a failure, recovery was never shown: only the checking of answers counts, up to 60.
            value = Scales.score(0.6 * verification);
            reasoning = e.tests().anyRun()
                    ? "No run failed, so recovering from an error was not shown; " + Refs.pct(verification)
                            + " of applied AI answers were run before moving on."
                    : "Nothing was ever run, so no AI answer was checked.";
            refs.add(Refs.submission(e, e.tests().anyRun() ? "no failing runs" : "no runs in the session"));
        }
        metrics.put("verificationShare", Scales.round2(verification));
        metrics.put("anyRun", e.tests().anyRun());
        return new SubitemResult(
                value,
                reasoning,
                Remark.strength("AI answers were checked")
                        .clause("applied answers were run before moving on", "verificationShare", 0.6, 1)
                        .clause("failures were brought back to passing", "recoveredShare", 0.6, 1)
                        .clause("with targeted fixes", "targetedShare", 0.5, 1)
                        .build(metrics),
                Remark.advice()
                        .when("Run the tests after applying an AI answer: nothing was ever run.", "anyRun", 0, 0)
                        .when(
                                "When something fails, quote the error to the AI or fix it directly instead of re-running.",
                                "flailingShare",
                                0.01,
                                1)
                        .when("Get failing runs back to green before moving on.", "recoveredShare", 0, 0.59)
                        .when(
                                "Check every AI answer by running the tests before moving on.",
                                "verificationShare",
                                0,
                                0.59)
                        .build(metrics),
                refs,
                metrics,
                "failing runs and recoveries, applied answers verified by a run",
                !episodes.isEmpty());
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

/**
 * From a failing run to the next passing one (or the end of the session).
 *
 * @param recoveredBy the passing run that ended it, null when it never passed again
 * @param targeted the candidate changed code and either wrote the fix or told the AI precisely what failed
 * @param flailing re-ran unchanged code or repeated near-identical prompts at least twice
 */
public record FailureEpisode(
        RunRecord failure, RunRecord recoveredBy, int codeChanges, int prompts, boolean targeted, boolean flailing) {

    public boolean recovered() {
        return recoveredBy != null;
    }
}

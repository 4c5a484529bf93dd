package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;
import java.util.Map;

/**
 * How the code got from the starter files to the final files.
 *
 * @param changes successive-snapshot diffs in time order
 * @param snapshots code snapshots recorded
 * @param files final against starter, changed files only
 * @param authoredFiles final text files that the candidate added or changed, with their content
 * @param authoredLines non-trivial lines in the final files that are not in the starter files
 * @param aiExactLines of those, lines found verbatim in an AI answer's code
 * @param suggestedAiLines distinct non-trivial code lines the AI suggested
 * @param adoptedAiLines suggested lines that appeared in the workspace after the answer
 * @param keptAiLines adopted lines still present in the final files
 */
public record CodeEvolution(
        List<CodeChange> changes,
        int snapshots,
        List<FileOutcome> files,
        Map<String, String> authoredFiles,
        int authoredLines,
        int aiExactLines,
        int suggestedAiLines,
        int adoptedAiLines,
        int keptAiLines,
        List<String> warnings) {

    /** Share of the authored final code that came verbatim from AI answers. */
    public double aiShareOfFinal() {
        return authoredLines == 0 ? 0 : (double) aiExactLines / authoredLines;
    }

    /** Share of adopted AI lines the candidate later changed or removed. */
    public double changedAfterAdoption() {
        return adoptedAiLines == 0 ? 0 : 1 - (double) keptAiLines / adoptedAiLines;
    }

    public int linesAdded() {
        return files.stream().mapToInt(FileOutcome::linesAdded).sum();
    }

    public int linesRemoved() {
        return files.stream().mapToInt(FileOutcome::linesRemoved).sum();
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * Attempts to influence the score rather than do the work. Flagged prompts (and their answers) are left out of the
 * evidence, so they can neither help nor, through a false positive, hurt; the report lists them.
 *
 * @param manipulationAttempts the flagged prompts
 * @param stuffedSentences sentences dropped as rubric keyword lists
 * @param droppedNotes notes with no content left after filtering
 * @param manipulativeNotes notes addressed to the scoring (set aside like flagged prompts)
 */
public record Integrity(
        List<AiExchange> manipulationAttempts, int stuffedSentences, int droppedNotes, int manipulativeNotes) {

    public boolean manipulated() {
        return !manipulationAttempts.isEmpty() || manipulativeNotes > 0;
    }
}

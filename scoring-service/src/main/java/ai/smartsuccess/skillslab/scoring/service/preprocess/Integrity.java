package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * Attempts to influence the score rather than do the work. Flagged prompts (and their answers) are left out of the
 * evidence, so they can neither help nor, through a false positive, hurt; the report lists them.
 *
 * @param manipulationAttempts the flagged prompts
 * @param stuffedSentences sentences dropped as rubric keyword lists
 */
public record Integrity(List<AiExchange> manipulationAttempts, int stuffedSentences, int droppedNotes) {

    public boolean manipulated() {
        return !manipulationAttempts.isEmpty();
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;
import java.util.Set;

/**
 * What a piece of candidate-written text (a prompt or a note) says, after removing what is not the candidate's own
 * writing: code blocks, sentences copied from the task, and keyword-stuffed sentences.
 *
 * @param ownText the candidate's own sentences
 * @param ownWords words in {@code ownText}
 * @param code code blocks and indented code lines the text carries
 * @param stuffedSentences sentences dropped as lists of rubric keywords
 * @param copiedWords words dropped as copied from the task
 * @param anchors distinct concrete references: workspace paths and identifiers, inline code, quoted errors, status codes
 * @param mentionedIdentifiers workspace or earlier-answer identifiers this text names
 * @param listItems list or checklist lines among the own text
 * @param checkedItems ticked checklist lines ({@code [x]})
 */
public record CandidateText(
        String raw,
        String ownText,
        int ownWords,
        List<String> code,
        int stuffedSentences,
        int copiedWords,
        Set<String> anchors,
        Set<String> mentionedIdentifiers,
        boolean constraintCue,
        boolean backReference,
        boolean correctionCue,
        boolean manipulation,
        int listItems,
        int checkedItems,
        boolean timeEstimate) {

    /** Text for similarity: own words plus code, bounded so that one pasted file does not dominate. */
    public String similarityText() {
        String joined = (ownText + "\n" + String.join("\n", code)).trim();
        return joined.length() > 600 ? joined.substring(0, 600) : joined;
    }

    public boolean empty() {
        return ownWords == 0 && code.isEmpty();
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;
import java.util.Set;

/**
 * Planning the candidate wrote down.
 *
 * @param planItems list items in notes and in the candidate's own prompt text
 * @param checkedItems ticked checklist items in notes
 * @param timeEstimate a note gives a time estimate
 * @param restatedTerms requirement terms the candidate wrote in their own words (notes and prompts)
 * @param wholeTaskPrompts prompts that mostly paste the task description
 */
public record PlanningEvidence(
        List<NoteRecord> notes,
        int planItems,
        int checkedItems,
        boolean timeEstimate,
        Set<String> restatedTerms,
        int keyTermCount,
        List<Integer> wholeTaskPrompts) {}

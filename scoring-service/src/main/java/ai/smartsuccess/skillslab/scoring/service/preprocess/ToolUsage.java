package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;
import java.util.Set;

/**
 * How the workspace's tools were combined.
 *
 * @param sequence the session as a sequence of tools (AI, EDIT, RUN, NOTE), consecutive repeats collapsed
 * @param transitions distinct tool-to-tool transitions among AI, EDIT and RUN
 * @param aiEditRunLoops AI, then EDIT, then RUN in a row: an answer applied and checked
 * @param editBursts EDIT stretches
 * @param verifiedEditBursts EDIT stretches followed by a RUN
 * @param productivePrompts prompts whose answer led to a code change before the next prompt
 * @param verifiedProductivePrompts productive prompts whose change was run before the next prompt
 * @param starterFilesOpened starter files the candidate opened
 * @param starterFilesOpenedBeforeCoding starter files opened before the first code change
 */
public record ToolUsage(
        List<String> sequence,
        Set<String> transitions,
        int aiEditRunLoops,
        int editBursts,
        int verifiedEditBursts,
        int productivePrompts,
        int verifiedProductivePrompts,
        List<Integer> productivePromptIndexes,
        List<ModelSwitch> modelSwitches,
        Set<String> starterFilesOpened,
        Set<String> starterFilesOpenedBeforeCoding) {

    public long explainedSwitches() {
        return modelSwitches.stream().filter(ModelSwitch::explained).count();
    }

    public long unexplainedSwitches() {
        return modelSwitches.size() - explainedSwitches();
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pairs the AI proxy's prompts with their answers (by request id, else the next unpaired answer). */
public final class AiInteractionExtractor {

    private AiInteractionExtractor() {}

    public static List<AiExchange> extract(List<TrackingEvent> events, TextAnalyzer analyzer) {
        List<TrackingEvent> prompts = new ArrayList<>();
        List<TrackingEvent> responses = new ArrayList<>();
        for (TrackingEvent event : events) {
            if (event.type() == TrackingEventType.AI_PROMPT) {
                prompts.add(event);
            } else if (event.type() == TrackingEventType.AI_RESPONSE) {
                responses.add(event);
            }
        }
        Map<String, TrackingEvent> byRequest = new HashMap<>();
        for (TrackingEvent response : responses) {
            String requestId = Data.string(response, "requestId");
            if (requestId != null) {
                byRequest.putIfAbsent(requestId, response);
            }
        }
        Set<TrackingEvent> used = new HashSet<>();
        List<AiExchange> exchanges = new ArrayList<>();
        Set<String> identifiersSoFar = new LinkedHashSet<>();
        for (int i = 0; i < prompts.size(); i++) {
            TrackingEvent prompt = prompts.get(i);
            String requestId = Data.string(prompt, "requestId");
            TrackingEvent response = requestId == null ? null : byRequest.get(requestId);
            if (response == null || used.contains(response)) {
                response = nextUnpaired(responses, used, prompt, i + 1 < prompts.size() ? prompts.get(i + 1) : null);
            }
            if (response != null) {
                used.add(response);
            }
            String responseText = response == null ? "" : nonNull(Data.string(response, "response"));
            List<String> blocks = codeBlocks(responseText);
            Set<String> codeLines = codeLines(blocks);
            Set<String> defined = new LinkedHashSet<>();
            blocks.forEach(block -> defined.addAll(WorkspaceVocabulary.definitions(block)));
            CandidateText text = analyzer.analyze(Data.string(prompt, "prompt"), identifiersSoFar);
            identifiersSoFar.addAll(defined);
            String model = Data.string(prompt, "model");
            if (model == null && response != null) {
                model = Data.string(response, "model");
            }
            exchanges.add(new AiExchange(
                    i,
                    prompt,
                    response,
                    model == null ? "unknown" : model,
                    nonNull(Data.string(prompt, "provider")),
                    text,
                    responseText,
                    codeLines,
                    defined,
                    response == null ? 0 : Data.number(response, "inputTokens"),
                    response == null ? 0 : Data.number(response, "outputTokens"),
                    response == null ? 0 : Data.number(response, "latencyMs"),
                    response != null && Data.bool(response, "complete", true)));
        }
        return exchanges;
    }

    private static TrackingEvent nextUnpaired(
            List<TrackingEvent> responses, Set<TrackingEvent> used, TrackingEvent prompt, TrackingEvent nextPrompt) {
        for (TrackingEvent response : responses) {
            if (used.contains(response) || response.timestamp().isBefore(prompt.timestamp())) {
                continue;
            }
            if (nextPrompt != null && response.timestamp().isAfter(nextPrompt.timestamp())) {
                return null;
            }
            return response;
        }
        return null;
    }

    public static List<String> codeBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (Fences.Fence fence : Fences.in(text == null ? "" : text)) {
            blocks.add(fence.body());
        }
        return blocks;
    }

    static Set<String> codeLines(List<String> codeBlocks) {
        Set<String> lines = new LinkedHashSet<>();
        for (String block : codeBlocks) {
            for (String line : block.split("\n")) {
                String normalized = Words.normalizeCodeLine(line);
                if (!Words.trivialCodeLine(normalized)) {
                    lines.add(normalized);
                }
            }
        }
        return lines;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

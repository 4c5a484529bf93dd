package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import ai.smartsuccess.skillslab.scoring.service.input.WorkspaceFile;
import ai.smartsuccess.skillslab.scoring.service.input.WorkspaceFiles;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replays the code snapshots on top of the starter files (full contents or unified diffs), diffs each snapshot against
 * the previous version of its file, and traces which lines came from AI answers.
 */
public final class CodeEvolutionAnalyzer {

    /** A paste from the chat this close before a snapshot explains the snapshot. */
    private static final Duration PASTE_WINDOW = Duration.ofSeconds(30);

    private CodeEvolutionAnalyzer() {}

    public static CodeEvolution analyze(
            List<TrackingEvent> events, List<AiExchange> exchanges, WorkspaceFiles starter, WorkspaceFiles finals) {
        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> current = new HashMap<>();
        starter.files().values().stream()
                .filter(f -> f.text() != null)
                .forEach(f -> current.put(f.path(), lines(f.text())));

        Set<String> aiLinesSoFar = new HashSet<>();
        Set<String> adopted = new HashSet<>();
        int exchangeCursor = 0;
        Instant lastChatPaste = null;
        int snapshots = 0;
        int failedDiffs = 0;
        List<CodeChange> changes = new ArrayList<>();
        for (TrackingEvent event : events) {
            while (exchangeCursor < exchanges.size()
                    && !exchanges.get(exchangeCursor).answeredAt().isAfter(event.timestamp())) {
                aiLinesSoFar.addAll(exchanges.get(exchangeCursor).responseCodeLines());
                exchangeCursor++;
            }
            TrackingEventType type = event.type();
            if (type == TrackingEventType.COPY_PASTE
                    && "paste".equals(Data.string(event, "direction"))
                    && "chat".equals(Data.string(event, "source"))) {
                lastChatPaste = event.timestamp();
            } else if (type == TrackingEventType.FILE_OP) {
                applyFileOp(event, current);
            } else if (type == TrackingEventType.CODE_SNAPSHOT) {
                String path = Data.string(event, "path");
                if (path == null) {
                    continue;
                }
                snapshots++;
                List<String> before = current.getOrDefault(path, List.of());
                List<String> after = after(event, before);
                if (after == null) {
                    failedDiffs++;
                    continue;
                }
                current.put(path, after);
                Patch<String> patch = DiffUtils.diff(before, after);
                int added = 0;
                int removed = 0;
                List<String> addedLines = new ArrayList<>();
                for (AbstractDelta<String> delta : patch.getDeltas()) {
                    added += delta.getTarget().size();
                    removed += delta.getSource().size();
                    addedLines.addAll(delta.getTarget().getLines());
                }
                if (added + removed == 0) {
                    continue;
                }
                int meaningful = 0;
                int fromAi = 0;
                Set<String> addedCode = new HashSet<>();
                for (String line : addedLines) {
                    String normalized = Words.normalizeCodeLine(line);
                    if (Words.trivialCodeLine(normalized)) {
                        continue;
                    }
                    meaningful++;
                    addedCode.add(normalized);
                    if (aiLinesSoFar.contains(normalized)) {
                        fromAi++;
                        adopted.add(normalized);
                    }
                }
                String origin;
                if (lastChatPaste != null
                        && !event.timestamp().isBefore(lastChatPaste)
                        && Duration.between(lastChatPaste, event.timestamp()).compareTo(PASTE_WINDOW) <= 0) {
                    origin = CodeChange.AI_PASTE;
                } else if (meaningful >= 2 && fromAi * 2 >= meaningful) {
                    origin = CodeChange.AI_DERIVED;
                } else {
                    origin = CodeChange.MANUAL;
                }
                changes.add(new CodeChange(event.id(), event.timestamp(), path, added, removed, origin, addedCode));
            }
        }
        if (failedDiffs > 0) {
            warnings.add(failedDiffs + " code snapshot diff(s) could not be applied and were skipped.");
        }

        Set<String> allAiLines = new HashSet<>();
        exchanges.forEach(e -> allAiLines.addAll(e.responseCodeLines()));
        List<FileOutcome> files = new ArrayList<>();
        Map<String, String> authoredFiles = new LinkedHashMap<>();
        Set<String> finalLines = new HashSet<>();
        int authored = 0;
        int aiExact = 0;
        Set<String> paths = new TreeSet<>(starter.files().keySet());
        paths.addAll(finals.files().keySet());
        for (String path : paths) {
            WorkspaceFile before = starter.files().get(path);
            WorkspaceFile after = finals.files().get(path);
            if (after == null) {
                files.add(new FileOutcome(
                        path,
                        "deleted",
                        0,
                        before.text() == null ? 0 : lines(before.text()).size()));
                continue;
            }
            if (after.text() == null) {
                if (before == null) {
                    files.add(new FileOutcome(path, "added", 0, 0));
                }
                continue;
            }
            List<String> afterLines = lines(after.text());
            afterLines.forEach(l -> finalLines.add(Words.normalizeCodeLine(l)));
            List<String> beforeLines = before == null || before.text() == null ? List.of() : lines(before.text());
            if (beforeLines.equals(afterLines) && before != null) {
                continue;
            }
            Patch<String> patch = DiffUtils.diff(beforeLines, afterLines);
            int added = 0;
            int removed = 0;
            for (AbstractDelta<String> delta : patch.getDeltas()) {
                added += delta.getTarget().size();
                removed += delta.getSource().size();
                for (String line : delta.getTarget().getLines()) {
                    String normalized = Words.normalizeCodeLine(line);
                    if (!Words.trivialCodeLine(normalized)) {
                        authored++;
                        if (allAiLines.contains(normalized)) {
                            aiExact++;
                        }
                    }
                }
            }
            files.add(new FileOutcome(path, before == null ? "added" : "modified", added, removed));
            authoredFiles.put(path, after.text());
        }
        if (snapshots == 0) {
            // Without snapshots, adoption is what the final files show.
            for (String line : allAiLines) {
                if (finalLines.contains(line)) {
                    adopted.add(line);
                }
            }
        }
        int kept = (int) adopted.stream().filter(finalLines::contains).count();
        return new CodeEvolution(
                changes,
                snapshots,
                files,
                authoredFiles,
                authored,
                aiExact,
                allAiLines.size(),
                adopted.size(),
                kept,
                warnings);
    }

    private static List<String> after(TrackingEvent event, List<String> before) {
        String content = Data.string(event, "content");
        if (content != null) {
            return lines(content);
        }
        String diff = Data.string(event, "diff");
        if (diff == null) {
            return null;
        }
        try {
            Patch<String> patch = UnifiedDiffUtils.parseUnifiedDiff(lines(diff));
            return DiffUtils.patch(before, patch);
        } catch (PatchFailedException | RuntimeException e) {
            return null;
        }
    }

    private static void applyFileOp(TrackingEvent event, Map<String, List<String>> current) {
        String op = Data.string(event, "op");
        String path = Data.string(event, "path");
        if (op == null || path == null) {
            return;
        }
        switch (op) {
            case "create" -> current.putIfAbsent(path, List.of());
            case "delete" -> current.remove(path);
            case "rename" -> {
                String newPath = Data.string(event, "newPath");
                List<String> content = current.remove(path);
                if (newPath != null) {
                    current.put(newPath, content == null ? List.of() : content);
                }
            }
            default -> {}
        }
    }

    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}

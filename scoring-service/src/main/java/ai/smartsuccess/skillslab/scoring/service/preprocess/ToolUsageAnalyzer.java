package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Turns the timeline into a sequence of tools and measures how they were chained. */
public final class ToolUsageAnalyzer {

    /** An answer applied later than this after it arrived is not counted as applying it. */
    static final Duration APPLY_WINDOW = Duration.ofMinutes(15);

    private ToolUsageAnalyzer() {}

    public static ToolUsage analyze(
            List<TrackingEvent> events,
            List<AiExchange> exchanges,
            CodeEvolution evolution,
            TestActivity tests,
            Set<String> starterPaths,
            Instant end) {
        List<String> sequence = new ArrayList<>();
        for (TrackingEvent event : events) {
            String tool = tool(event);
            if (tool != null
                    && (sequence.isEmpty() || !sequence.get(sequence.size() - 1).equals(tool))) {
                sequence.add(tool);
            }
        }
        Set<String> transitions = new TreeSet<>();
        int loops = 0;
        int editBursts = 0;
        int verifiedBursts = 0;
        for (int i = 0; i < sequence.size(); i++) {
            String tool = sequence.get(i);
            if (tool.equals("EDIT")) {
                editBursts++;
                if (i + 1 < sequence.size() && sequence.get(i + 1).equals("RUN")) {
                    verifiedBursts++;
                }
            }
            if (i + 1 < sequence.size()) {
                String next = sequence.get(i + 1);
                if (!tool.equals("NOTE") && !next.equals("NOTE")) {
                    transitions.add(tool + ">" + next);
                }
            }
            if (i + 2 < sequence.size()
                    && tool.equals("AI")
                    && sequence.get(i + 1).equals("EDIT")
                    && sequence.get(i + 2).equals("RUN")) {
                loops++;
            }
        }

        int productive = 0;
        int verified = 0;
        List<Integer> productiveIndexes = new ArrayList<>();
        for (int i = 0; i < exchanges.size(); i++) {
            AiExchange exchange = exchanges.get(i);
            Instant from = exchange.answeredAt();
            Instant next = i + 1 < exchanges.size() ? exchanges.get(i + 1).at() : end;
            Instant until = min(next, from.plus(APPLY_WINDOW));
            // Applied means the answer's own code reached the workspace (provenance), not that something was typed
            // after it.
            CodeChange applied = evolution.changes().stream()
                    .filter(c -> !c.at().isBefore(from) && !c.at().isAfter(until) && c.applies(exchange))
                    .findFirst()
                    .orElse(null);
            if (applied == null) {
                continue;
            }
            productive++;
            productiveIndexes.add(exchange.index());
            boolean ran = tests.runs().stream().anyMatch(r -> r.at().isAfter(applied.at()) && !r.at().isAfter(next));
            if (ran) {
                verified++;
            }
        }

        List<ModelSwitch> switches = new ArrayList<>();
        String currentModel = null;
        int exchangeCursor = 0;
        for (TrackingEvent event : events) {
            if (event.type() == TrackingEventType.MODEL_SWITCH) {
                String to = Data.string(event, "to");
                switches.add(new ModelSwitch(
                        event.id(), event.timestamp(), Data.string(event, "from"), to, Data.string(event, "reason")));
                currentModel = to;
            } else if (event.type() == TrackingEventType.AI_PROMPT && exchangeCursor < exchanges.size()) {
                AiExchange exchange = exchanges.get(exchangeCursor++);
                if (currentModel != null && !currentModel.equals(exchange.model())) {
                    switches.add(new ModelSwitch(event.id(), event.timestamp(), currentModel, exchange.model(), null));
                }
                currentModel = exchange.model();
            }
        }

        Set<String> opened = new LinkedHashSet<>();
        Set<String> openedBefore = new LinkedHashSet<>();
        Instant firstChange = evolution.changes().isEmpty()
                ? Instant.MAX
                : evolution.changes().get(0).at();
        for (TrackingEvent event : events) {
            if (event.type() == TrackingEventType.FILE_OPEN) {
                String path = Data.string(event, "path");
                if (path != null && starterPaths.contains(path)) {
                    opened.add(path);
                    if (!event.timestamp().isAfter(firstChange)) {
                        openedBefore.add(path);
                    }
                }
            }
        }
        return new ToolUsage(
                sequence,
                transitions,
                loops,
                editBursts,
                verifiedBursts,
                productive,
                verified,
                productiveIndexes,
                switches,
                opened,
                openedBefore);
    }

    static String tool(TrackingEvent event) {
        return switch (event.type()) {
            case AI_PROMPT, AI_RESPONSE -> "AI";
            case CODE_SNAPSHOT, FILE_OP -> "EDIT";
            case COPY_PASTE -> "paste".equals(Data.string(event, "direction")) ? "EDIT" : null;
            case TERMINAL_COMMAND, TEST_RUN -> "RUN";
            case NOTE -> "NOTE";
            default -> null;
        };
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

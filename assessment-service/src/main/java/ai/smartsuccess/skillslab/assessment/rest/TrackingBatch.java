package ai.smartsuccess.skillslab.assessment.rest;

import ai.smartsuccess.skillslab.contracts.tracking.TrackingEventType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/assessments/{id}/track} as the OpenAPI document describes it. The resource reads the
 * body as bytes ({@code TrackingBatchParser} checks it in one pass and stores each event's {@code data} as sent), so
 * nothing deserialises into these records: they exist for the document, and {@code TrackingBatchSchemaTest} holds them
 * to the parser (required fields, enums). The types are the ones the workspace records; {@code terminal_command} and
 * {@code test_run} are accepted from it but the sandbox's own record of them is what counts.
 */
@Schema(name = "TrackingBatch")
public record TrackingBatch(@Schema(required = true) List<TrackedEvent> events) {

    /** The data record of each type the schema describes, for the test that holds them to the parser. */
    public static final Map<TrackingEventType, Class<? extends Record>> DATA = Map.of(
            TrackingEventType.CODE_SNAPSHOT, CodeSnapshotData.class,
            TrackingEventType.FILE_OP, FileOpData.class,
            TrackingEventType.FILE_OPEN, FileOpenData.class,
            TrackingEventType.TERMINAL_COMMAND, TerminalCommandData.class,
            TrackingEventType.MODEL_SWITCH, ModelSwitchData.class,
            TrackingEventType.COPY_PASTE, CopyPasteData.class,
            TrackingEventType.TEST_RUN, TestRunData.class,
            TrackingEventType.FOCUS_CHANGE, FocusChangeData.class,
            TrackingEventType.NOTE, NoteData.class);

    /** One event; its {@code data} is the record named after its type. */
    @Schema(name = "TrackedEvent")
    public record TrackedEvent(
            @Schema(
                    required = true,
                    description = "Unique per assessment, chosen by the client; a repeated id is dropped.",
                    pattern = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")
            String id,

            @Schema(
                    required = true,
                    enumeration = {
                        "code_snapshot",
                        "file_op",
                        "file_open",
                        "terminal_command",
                        "model_switch",
                        "copy_paste",
                        "test_run",
                        "focus_change",
                        "note"
                    })
            String type,

            @Schema(required = true, description = "ISO-8601 with a zone, by the client's clock.")
            String timestamp,

            @Schema(
                    required = true,
                    oneOf = {
                        CodeSnapshotData.class,
                        FileOpData.class,
                        FileOpenData.class,
                        TerminalCommandData.class,
                        ModelSwitchData.class,
                        CopyPasteData.class,
                        TestRunData.class,
                        FocusChangeData.class,
                        NoteData.class
                    })
            Object data) {}

    /** The file's full content, or a unified diff against the last snapshot of it. */
    @Schema(name = "CodeSnapshotData")
    public record CodeSnapshotData(
            @Schema(required = true) String path,

            @Schema(description = "The full content; this or diff is required.")
            String content,

            String diff) {}

    @Schema(name = "FileOpData")
    public record FileOpData(
            @Schema(
                    required = true,
                    enumeration = {"create", "rename", "delete"})
            String op,

            @Schema(required = true) String path,

            @Schema(description = "The new path of a rename.")
            String newPath) {}

    /** A file was opened or focused in the editor. */
    @Schema(name = "FileOpenData")
    public record FileOpenData(@Schema(required = true) String path) {}

    @Schema(name = "TerminalCommandData")
    public record TerminalCommandData(
            @Schema(required = true) String command) {}

    @Schema(name = "ModelSwitchData")
    public record ModelSwitchData(
            String from, @Schema(required = true) String to, String reason) {}

    @Schema(name = "CopyPasteData")
    public record CopyPasteData(
            @Schema(
                    required = true,
                    enumeration = {"copy", "paste"})
            String direction,

            @Schema(enumeration = {"chat", "editor", "terminal", "external"})
            String source,

            String path,

            @Schema(
                    description = "Where a paste landed (source says where the text came from).",
                    enumeration = {"chat", "editor", "terminal"})
            String target,

            Integer length,
            String content) {}

    @Schema(name = "TestRunData")
    public record TestRunData(
            @Schema(required = true) String command,
            Integer exitCode,
            Long durationMs,
            Integer passed,
            Integer failed) {}

    /** The workspace window gained or lost focus. */
    @Schema(name = "FocusChangeData")
    public record FocusChangeData(@Schema(required = true) Boolean focused) {}

    /** A planning note the candidate wrote. */
    @Schema(name = "NoteData")
    public record NoteData(@Schema(required = true) String text) {}
}

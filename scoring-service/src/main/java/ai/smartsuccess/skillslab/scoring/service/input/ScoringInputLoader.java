package ai.smartsuccess.skillslab.scoring.service.input;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.scoring.storage.SubmissionObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the objects of a submission from storage (blocking: call it on a worker thread). */
@ApplicationScoped
public class ScoringInputLoader {

    private final SubmissionObjectStore store;

    ScoringInputLoader(SubmissionObjectStore store) {
        this.store = store;
    }

    public ScoringInput load(AssessmentSubmitted submission) {
        List<String> warnings = new ArrayList<>();
        List<TrackingEvent> events = new ArrayList<>();
        int objectsRead = 0;
        for (ObjectRef ref : submission.trackingObjects()) {
            Optional<byte[]> bytes = readOrWarn(ref, "tracking object", warnings);
            if (bytes.isEmpty()) {
                continue;
            }
            objectsRead++;
            SubmissionParser.ParsedEvents parsed = SubmissionParser.parseTracking(bytes.get());
            events.addAll(parsed.events());
            if (parsed.skippedLines() > 0) {
                warnings.add(parsed.skippedLines() + " unreadable tracking line(s) were left out.");
            }
        }
        if (submission.trackingObjects().isEmpty()) {
            warnings.add("No tracking data was recorded for this session.");
        }
        WorkspaceFiles finalFiles = files(submission.finalFiles(), "final files", warnings);
        WorkspaceFiles starterFiles = files(submission.starterFiles(), "starter files", warnings);
        return new ScoringInput(submission, events, finalFiles, starterFiles, objectsRead > 0, warnings);
    }

    private WorkspaceFiles files(ObjectRef ref, String what, List<String> warnings) {
        if (ref == null) {
            warnings.add("The submission carries no " + what + ".");
            return WorkspaceFiles.empty();
        }
        Optional<byte[]> bytes = readOrWarn(ref, what, warnings);
        if (bytes.isEmpty()) {
            return WorkspaceFiles.empty();
        }
        try {
            return SubmissionParser.parseFiles(bytes.get());
        } catch (IOException e) {
            warnings.add("The " + what + " could not be parsed.");
            return WorkspaceFiles.empty();
        }
    }

    private Optional<byte[]> readOrWarn(ObjectRef ref, String what, List<String> warnings) {
        try {
            Optional<byte[]> bytes = store.read(ref);
            if (bytes.isEmpty()) {
                warnings.add("The " + what + " " + ref.key() + " was not found.");
            }
            return bytes;
        } catch (SubmissionObjectStore.ObjectTooLargeException e) {
            warnings.add("The " + what + " " + ref.key() + " is too large to score from and was left out.");
            return Optional.empty();
        }
    }
}

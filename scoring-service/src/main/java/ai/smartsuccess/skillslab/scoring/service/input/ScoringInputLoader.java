package ai.smartsuccess.skillslab.scoring.service.input;

import ai.smartsuccess.skillslab.contracts.events.AssessmentSubmitted;
import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.contracts.tracking.TrackingEvent;
import ai.smartsuccess.skillslab.scoring.storage.SubmissionObjectStore;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the objects of a submission from storage (blocking: call it on a worker thread). The objects are requested
 * together, each on a worker thread of its own, since every read is a round trip that does not depend on the others;
 * they are then taken in their fixed order, so the warnings read the same whatever answered first.
 */
@ApplicationScoped
public class ScoringInputLoader {

    private final SubmissionObjectStore store;

    ScoringInputLoader(SubmissionObjectStore store) {
        this.store = store;
    }

    public ScoringInput load(AssessmentSubmitted submission) {
        List<CompletableFuture<Read>> trackingReads =
                submission.trackingObjects().stream().map(this::read).toList();
        CompletableFuture<Read> finalRead = submission.finalFiles() == null ? null : read(submission.finalFiles());
        CompletableFuture<Read> starterRead =
                submission.starterFiles() == null ? null : read(submission.starterFiles());

        List<String> warnings = new ArrayList<>();
        List<TrackingEvent> events = new ArrayList<>();
        int objectsRead = 0;
        for (int i = 0; i < trackingReads.size(); i++) {
            ObjectRef ref = submission.trackingObjects().get(i);
            Optional<byte[]> bytes = bytesOrWarn(ref, join(trackingReads.get(i)), "tracking object", warnings);
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
        WorkspaceFiles finalFiles = files(submission.finalFiles(), finalRead, "final files", warnings);
        WorkspaceFiles starterFiles = files(submission.starterFiles(), starterRead, "starter files", warnings);
        return new ScoringInput(submission, events, finalFiles, starterFiles, objectsRead > 0, warnings);
    }

    private WorkspaceFiles files(ObjectRef ref, CompletableFuture<Read> read, String what, List<String> warnings) {
        if (ref == null) {
            warnings.add("The submission carries no " + what + ".");
            return WorkspaceFiles.empty();
        }
        Optional<byte[]> bytes = bytesOrWarn(ref, join(read), what, warnings);
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

    /** An object's bytes or, when it is missing or too large, a warning saying so. */
    private static Optional<byte[]> bytesOrWarn(ObjectRef ref, Read read, String what, List<String> warnings) {
        if (read.tooLarge()) {
            warnings.add("The " + what + " " + ref.key() + " is too large to score from and was left out.");
            return Optional.empty();
        }
        if (read.bytes().isEmpty()) {
            warnings.add("The " + what + " " + ref.key() + " was not found.");
        }
        return read.bytes();
    }

    private CompletableFuture<Read> read(ObjectRef ref) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return new Read(store.read(ref), false);
                    } catch (SubmissionObjectStore.ObjectTooLargeException e) {
                        return new Read(Optional.empty(), true);
                    }
                },
                Infrastructure.getDefaultWorkerPool());
    }

    /** The read's outcome; a storage failure is rethrown as it was raised, so that the caller can retry it. */
    private static Read join(CompletableFuture<Read> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private record Read(Optional<byte[]> bytes, boolean tooLarge) {}
}

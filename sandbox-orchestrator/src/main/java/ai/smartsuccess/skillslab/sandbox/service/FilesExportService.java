package ai.smartsuccess.skillslab.sandbox.service;

import ai.smartsuccess.skillslab.contracts.events.ObjectRef;
import ai.smartsuccess.skillslab.platform.error.UpstreamException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import ai.smartsuccess.skillslab.sandbox.config.SandboxConfig;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles;
import ai.smartsuccess.skillslab.sandbox.model.SandboxSession;
import ai.smartsuccess.skillslab.sandbox.repository.SandboxSessionRepository;
import ai.smartsuccess.skillslab.sandbox.storage.SubmissionStorage;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot.SkippedFile;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot.SnapshotFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The files a person wrote, for their personal data export: for each of their sessions (the token's subject, never a
 * parameter) the final files once it was finalized, else its latest periodic workspace snapshot. Only what was in the
 * candidate's workspace: the hidden tests are never there (they run in a sandbox of their own), and a file identical to
 * one of them (path and content) is left out all the same. Newest sessions first; a session that no longer fits
 * within {@code skillslab.sandbox.export.max-bytes} (file content, uncompressed) is left out whole and named in the
 * manifest.
 */
@ApplicationScoped
public class FilesExportService {

    private static final Logger LOG = Logger.getLogger(FilesExportService.class);

    public static final String MANIFEST = "manifest.json";

    /**
     * {@code manifest.json} of the ZIP.
     *
     * @param sessions what is in the ZIP, one folder per assessment
     * @param omitted sessions left out, with the reason ({@code size-limit})
     */
    public record Manifest(
            OffsetDateTime exportedAt,
            List<SessionFiles> sessions,
            List<OmittedSession> omitted,
            boolean truncated,
            long maxBytes,
            String note) {}

    /**
     * @param source {@code final-files} (what was submitted) or {@code workspace-snapshot} (the latest periodic copy)
     * @param notSaved files of the workspace the snapshot did not keep (too large, too many), with the reason
     */
    public record SessionFiles(
            UUID assessmentId,
            UUID taskId,
            String state,
            OffsetDateTime startedAt,
            String source,
            int files,
            long bytes,
            List<SkippedFile> notSaved) {}

    public record OmittedSession(UUID assessmentId, UUID taskId, OffsetDateTime startedAt, long bytes, String reason) {}

    /** The ZIP's bytes, and what its manifest says. */
    public record FilesExport(byte[] zip, Manifest manifest) {}

    private record Found(SandboxSession session, String source, Snapshot snapshot) {}

    private final SandboxSessionRepository sessions;
    private final SubmissionStorage storage;
    private final ObjectMapper json;
    private final long maxBytes;

    FilesExportService(
            SandboxSessionRepository sessions, SubmissionStorage storage, ObjectMapper json, SandboxConfig config) {
        this.sessions = sessions;
        this.storage = storage;
        // Snapshots written by other versions may carry more fields; the export reads only files and skipped.
        this.json = json.copy()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.maxBytes = config.sandbox().export().maxBytes();
    }

    public Uni<FilesExport> export(Caller caller) {
        String owner = caller.subject();
        if (owner == null || owner.isBlank()) {
            return Blocking.call(() -> zip(List.of()));
        }
        return Panache.withSession(() -> sessions.list(
                        "ownerId = ?1 and erasureRequestedAt is null and objectsErasedAt is null"
                                + " order by createdAt desc, assessmentId",
                        owner))
                .flatMap(owned -> Blocking.call(() -> zip(owned)));
    }

    /** Blocking: reads the snapshots from S3 and writes the ZIP. */
    private FilesExport zip(List<SandboxSession> owned) {
        List<SessionFiles> included = new ArrayList<>();
        List<OmittedSession> omitted = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long budget = maxBytes;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (SandboxSession session : owned) {
                Found found = read(session);
                if (found == null) {
                    continue;
                }
                List<SnapshotFile> files = visibleFiles(session, found.snapshot());
                long size = files.stream().mapToLong(f -> f.bytes().length).sum();
                if (size > budget) {
                    omitted.add(new OmittedSession(
                            session.assessmentId, session.taskId, session.createdAt, size, "size-limit"));
                    continue;
                }
                budget -= size;
                for (SnapshotFile file : files) {
                    zip.putNextEntry(new ZipEntry(session.assessmentId + "/" + file.path()));
                    zip.write(file.bytes());
                    zip.closeEntry();
                }
                included.add(new SessionFiles(
                        session.assessmentId,
                        session.taskId,
                        session.state,
                        session.createdAt,
                        found.source(),
                        files.size(),
                        size,
                        found.snapshot().skipped()));
            }
            Manifest manifest = new Manifest(
                    OffsetDateTime.now(ZoneOffset.UTC),
                    included,
                    omitted,
                    !omitted.isEmpty(),
                    maxBytes,
                    omitted.isEmpty()
                            ? null
                            : omitted.size() + " assessment(s) were left out to keep the files within " + maxBytes
                                    + " bytes; they are listed in omitted.");
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            return new FilesExport(out.toByteArray(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The final files once finalized, else the latest workspace snapshot; null when neither was saved. */
    private Found read(SandboxSession session) {
        UUID id = session.assessmentId;
        ObjectRef finalFiles = session.finalizeResult != null && session.finalizeResult.finalFiles() != null
                ? session.finalizeResult.finalFiles()
                : storage.ref(id, SubmissionStorage.FINAL_FILES);
        Snapshot snapshot = snapshot(finalFiles);
        if (snapshot != null) {
            return new Found(session, "final-files", snapshot);
        }
        snapshot = snapshot(storage.ref(id, SubmissionStorage.LIVE_SNAPSHOT));
        return snapshot == null ? null : new Found(session, "workspace-snapshot", snapshot);
    }

    private Snapshot snapshot(ObjectRef ref) {
        try {
            return json.readValue(storage.get(ref), Snapshot.class);
        } catch (NoSuchKeyException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("an export could not read %s: %s", ref.key(), e.toString());
            throw new UpstreamException(
                    "export-unavailable",
                    "Your files could not be read right now, so nothing was exported. Try again in a minute.");
        }
    }

    /**
     * The snapshot's files under safe relative paths, without any that is one of the task's hidden test files (same
     * path and content): those were never the candidate's to see.
     */
    static List<SnapshotFile> visibleFiles(SandboxSession session, Snapshot snapshot) {
        HiddenFiles hidden = session.hiddenFiles;
        Map<String, byte[]> hiddenByPath = hidden == null
                ? Map.of()
                : hidden.files().stream()
                        .collect(Collectors.toMap(
                                f -> normalize(f.path()),
                                f -> Base64.getDecoder().decode(f.contentBase64()),
                                (a, b) -> a));
        return snapshot.files().stream()
                .filter(f -> isSafe(f.path()))
                .filter(f -> {
                    byte[] secret = hiddenByPath.get(normalize(f.path()));
                    return secret == null || !Arrays.equals(secret, f.bytes());
                })
                .toList();
    }

    private static final Set<String> UNSAFE_SEGMENTS = Set.of("", ".", "..");

    static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) {
            return false;
        }
        return Arrays.stream(path.split("/", -1)).noneMatch(UNSAFE_SEGMENTS::contains);
    }

    private static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.startsWith("./") ? p.substring(2) : p.substring(1);
        }
        return p;
    }
}

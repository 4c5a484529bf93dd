package ai.smartsuccess.skillslab.task.service;

import ai.smartsuccess.skillslab.task.model.TaskFile;
import ai.smartsuccess.skillslab.task.repository.TaskFileRepository;
import ai.smartsuccess.skillslab.task.storage.TaskFileStorage;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Puts the files of the default tasks (kept in {@code src/main/resources/default-tasks}) into object storage at start,
 * once per content: an unchanged file is not uploaded again, a changed one replaces the old.
 */
@ApplicationScoped
public class DefaultTaskFilesSeeder {

    private static final Logger LOG = Logger.getLogger(DefaultTaskFilesSeeder.class);
    private static final String ROOT = "default-tasks/";

    private final TaskFileRepository files;
    private final TaskFileStorage storage;
    private final ObjectMapper json;
    private volatile boolean seeded;

    DefaultTaskFilesSeeder(TaskFileRepository files, TaskFileStorage storage, ObjectMapper json) {
        this.files = files;
        this.storage = storage;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        List<SeedFile> wanted = readManifest();
        int changed = VertxContextSupport.subscribeAndAwait(() -> seed(wanted));
        seeded = true;
        LOG.infof("default task files ready: %d files, %d uploaded", wanted.size(), changed);
    }

    public boolean seeded() {
        return seeded;
    }

    private Uni<Integer> seed(List<SeedFile> wanted) {
        return Multi.createFrom()
                .iterable(wanted)
                .onItem()
                .transformToUniAndConcatenate(this::seedOne)
                .collect()
                .asList()
                .map(results ->
                        (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> seedOne(SeedFile file) {
        return Panache.withTransaction(() -> files.find(
                        "taskId = ?1 and visibility = ?2 and path = ?3", file.taskId(), file.visibility(), file.path())
                .firstResult()
                .flatMap(existing -> {
                    if (existing != null && existing.sha256.equals(file.sha256())) {
                        return Uni.createFrom().item(false);
                    }
                    String key = "default/" + file.taskId() + "/" + file.visibility() + "/" + file.path();
                    TaskFile row = existing != null ? existing : new TaskFile();
                    if (existing == null) {
                        row.id = UUID.randomUUID();
                        row.taskId = file.taskId();
                        row.visibility = file.visibility();
                        row.path = file.path();
                        row.createdAt = OffsetDateTime.now();
                    }
                    row.fileType = file.visibility().equals(TaskFile.HIDDEN) ? "test" : FileKinds.fileType(file.path());
                    row.mimeType = FileKinds.mimeType(file.path());
                    row.sizeBytes = file.content().length;
                    row.sha256 = file.sha256();
                    row.objectKey = key;
                    return storage.put(key, file.content(), row.mimeType)
                            .flatMap(ignored -> files.persist(row))
                            .replaceWith(true);
                }));
    }

    private List<SeedFile> readManifest() throws IOException {
        Map<String, Map<String, List<String>>> manifest;
        try (InputStream in = resource(ROOT + "manifest.json")) {
            manifest = json.readValue(in, new TypeReference<>() {});
        }
        List<SeedFile> result = new ArrayList<>();
        manifest.forEach((taskId, byVisibility) -> byVisibility.forEach((visibility, paths) -> {
            for (String path : paths) {
                byte[] content = read(ROOT + taskId + "/" + visibility + "/" + path);
                result.add(new SeedFile(UUID.fromString(taskId), visibility, path, content, sha256(content)));
            }
        }));
        return result;
    }

    private static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("default task file missing from the build: " + name);
        }
        return in;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record SeedFile(UUID taskId, String visibility, String path, byte[] content, String sha256) {}
}

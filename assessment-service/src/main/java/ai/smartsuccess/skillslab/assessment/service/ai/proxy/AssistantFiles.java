package ai.smartsuccess.skillslab.assessment.service.ai.proxy;

import ai.smartsuccess.skillslab.assessment.client.SandboxClient;
import ai.smartsuccess.skillslab.assessment.client.SandboxDtos;
import ai.smartsuccess.skillslab.offline.TaskContext;
import ai.smartsuccess.skillslab.offline.TaskFile;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The workspace's text files as the offline assistant reads them for a turn: the candidate's current files from the
 * sandbox (with their own token), source and text files only, within {@link TaskContext}'s caps. Never fails a chat: a
 * sandbox that does not answer in time gives no files, and the assistant answers from the task alone.
 */
@ApplicationScoped
public class AssistantFiles {

    private static final Duration WAIT = Duration.ofSeconds(4);
    private static final Set<String> TEXT = Set.of(
            "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "md", "txt", "json", "toml", "cfg", "ini", "yml", "yaml",
            "html", "css", "sql", "sh");
    private static final Set<String> SKIPPED = Set.of("node_modules", ".git", "__pycache__", ".venv", "venv", "dist");

    private final SandboxClient sandbox;

    AssistantFiles(SandboxClient sandbox) {
        this.sandbox = sandbox;
    }

    public Uni<List<TaskFile>> forTurn(Caller caller, UUID assessmentId) {
        return sandbox.listFiles(caller, assessmentId)
                .map(AssistantFiles::chosen)
                .flatMap(paths -> paths.isEmpty()
                        ? Uni.createFrom().item(List.<SandboxDtos.FileText>of())
                        : Multi.createFrom()
                                .iterable(paths)
                                .onItem()
                                .transformToUni(path -> sandbox.readFile(caller, assessmentId, path)
                                        .onFailure()
                                        .recoverWithNull())
                                .merge(4)
                                .collect()
                                .asList())
                .map(AssistantFiles::files)
                .ifNoItem()
                .after(WAIT)
                .recoverWithItem(List.of())
                .onFailure()
                .recoverWithItem(List.of());
    }

    /** Text files by extension, outside dependency and cache folders, small enough, as many as the caps allow. */
    static List<String> chosen(List<SandboxDtos.FileEntry> entries) {
        List<String> paths = new ArrayList<>();
        long total = 0;
        for (SandboxDtos.FileEntry entry : entries) {
            if (!"file".equals(entry.type()) || entry.path() == null || !wanted(entry.path())) {
                continue;
            }
            long size = entry.size() == null ? 0 : entry.size();
            if (size > TaskContext.MAX_FILE_CHARS || total + size > TaskContext.MAX_TOTAL_CHARS) {
                continue;
            }
            paths.add(entry.path());
            total += size;
            if (paths.size() == TaskContext.MAX_FILES) {
                break;
            }
        }
        return paths;
    }

    private static boolean wanted(String path) {
        for (String segment : path.split("/")) {
            if (SKIPPED.contains(segment) || segment.startsWith(".")) {
                return false;
            }
        }
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/')
                && TEXT.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The files read, in path order, so that the same workspace gives the same answer. */
    private static List<TaskFile> files(List<SandboxDtos.FileText> read) {
        return read.stream()
                .filter(file -> file != null && file.path() != null && file.content() != null)
                .sorted(Comparator.comparing(SandboxDtos.FileText::path))
                .map(file -> new TaskFile(file.path(), file.content()))
                .toList();
    }
}

package ai.smartsuccess.skillslab.sandbox.workspace;

import java.util.List;

/**
 * The regular files of a workspace, as stored in S3: {@code {"files": [{path, encoding, content, size}], "skipped":
 * [{path, size, reason}]}}. {@code encoding} is {@code utf-8} or {@code base64}.
 */
public record Snapshot(List<SnapshotFile> files, List<SkippedFile> skipped) {

    public Snapshot {
        files = files == null ? List.of() : List.copyOf(files);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    public record SnapshotFile(String path, String encoding, String content, long size) {

        public byte[] bytes() {
            return "base64".equals(encoding)
                    ? java.util.Base64.getDecoder().decode(content)
                    : content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record SkippedFile(String path, long size, String reason) {}
}

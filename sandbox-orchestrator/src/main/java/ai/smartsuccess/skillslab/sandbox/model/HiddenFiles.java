package ai.smartsuccess.skillslab.sandbox.model;

import java.util.List;

/** The task's hidden test suite, kept server-side until finalize. Stored as an object: jsonb arrays do not map. */
public record HiddenFiles(List<BundleFile> files) {

    public HiddenFiles {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public record BundleFile(String path, String contentBase64) {}
}

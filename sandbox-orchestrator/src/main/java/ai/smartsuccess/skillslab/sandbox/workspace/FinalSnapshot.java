package ai.smartsuccess.skillslab.sandbox.workspace;

import java.util.List;

/**
 * The workspace at finalize: its snapshot, and what in it would interfere with a test run, found by the snapshot script
 * on the final files (which is what the hidden tests then run on).
 */
public record FinalSnapshot(Snapshot snapshot, List<Finding> findings) {

    public FinalSnapshot {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The integrity flags of the findings, each once, sorted. */
    public List<String> integrityFlags() {
        return findings.stream().map(Finding::code).distinct().sorted().toList();
    }

    /**
     * @param code an integrity flag of {@code HiddenTestResults} ({@code stdlib-shadowing}, {@code sitecustomize},
     *     {@code pth-file}, {@code conftest}, {@code builtin-shadowing})
     * @param path the file or directory that raised it
     */
    public record Finding(String code, String path) {}
}

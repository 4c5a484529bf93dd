package ai.smartsuccess.skillslab.sandbox.config;

import ai.smartsuccess.skillslab.sandbox.model.FinalizeResult;
import ai.smartsuccess.skillslab.sandbox.model.HiddenFiles;
import ai.smartsuccess.skillslab.sandbox.workspace.Snapshot;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a native image must keep for reflection beyond what Quarkus finds itself: the JSON column types, and the records
 * written to or read from the sandbox's helper scripts and S3 with Jackson (package-private ones by name). The event
 * records and their Kafka deserializer are registered by the platform module.
 */
@RegisterForReflection(
        targets = {
            FinalizeResult.class,
            FinalizeResult.FileDigest.class,
            HiddenFiles.class,
            HiddenFiles.BundleFile.class,
            Snapshot.class,
            Snapshot.SnapshotFile.class,
            Snapshot.SkippedFile.class
        },
        classNames = {
            "ai.smartsuccess.skillslab.sandbox.workspace.WorkspaceOperations$ScanOutput",
            "ai.smartsuccess.skillslab.sandbox.workspace.FinalSnapshot",
            "ai.smartsuccess.skillslab.sandbox.workspace.FinalSnapshot$Finding",
            "ai.smartsuccess.skillslab.sandbox.workspace.HiddenTestRunner$NodeSettings",
            "ai.smartsuccess.skillslab.sandbox.workspace.HarnessReport",
            "ai.smartsuccess.skillslab.sandbox.workspace.HarnessReport$Announced",
            "ai.smartsuccess.skillslab.sandbox.workspace.HarnessReport$Result",
            "ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesSandboxBackend$StarterFile",
            "ai.smartsuccess.skillslab.sandbox.backend.kubernetes.KubernetesSandboxBackend$PodCommand"
        })
public final class NativeImageRegistrations {
    private NativeImageRegistrations() {}
}

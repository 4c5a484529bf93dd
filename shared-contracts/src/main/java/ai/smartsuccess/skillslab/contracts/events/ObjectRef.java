package ai.smartsuccess.skillslab.contracts.events;

/** An object in S3-compatible storage. */
public record ObjectRef(String bucket, String key) {}

package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An object in S3-compatible storage. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectRef(String bucket, String key) {}

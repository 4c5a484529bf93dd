package ai.smartsuccess.skillslab.sandbox.service;

import java.util.Set;

/** Who is asking, as the access token says. Services decide on this, never on anything the client claims. */
public record Caller(String subject, Set<String> roles) {}

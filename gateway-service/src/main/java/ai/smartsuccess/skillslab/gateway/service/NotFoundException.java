package ai.smartsuccess.skillslab.gateway.service;

/** The resource does not exist (or no longer does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

package ai.smartsuccess.skillslab.scoring.service;

/** The resource does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

package ai.smartsuccess.skillslab.task.service;

/** The request is valid but the resource's state does not allow it (e.g. editing an archived task). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

package ai.smartsuccess.skillslab.sandbox.service;

/** The file is not text, so the text file API cannot return it. */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}

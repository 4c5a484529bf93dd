package ai.smartsuccess.skillslab.scoring.service.judge;

/** The judge gave no usable verdict; the message is safe to put in a report (no secrets, no candidate text). */
public class JudgeException extends RuntimeException {

    public JudgeException(String message) {
        super(message);
    }

    public JudgeException(String message, Throwable cause) {
        super(message, cause);
    }
}

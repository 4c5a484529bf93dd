package ai.smartsuccess.skillslab.scoring.calibration;

/** A session script that cannot be replayed as written; the message names the script and, where known, the step. */
public class ScriptException extends RuntimeException {

    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}

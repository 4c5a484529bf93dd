package ai.smartsuccess.skillslab.sandbox.backend;

import java.util.ArrayList;
import java.util.List;

/**
 * How the service's own Python helpers start inside a sandbox: from {@code /}, which the candidate cannot write, with
 * the interpreter isolated from the workspace. {@code -I}: neither the current directory nor the user's site directory
 * nor any {@code PYTHON*} variable reaches the import path; {@code -S}: no site module, so no {@code .pth} file and no
 * {@code sitecustomize}/{@code usercustomize} runs; {@code -B}: nothing is written next to the sources. A helper then
 * imports only the standard library, whatever the workspace holds (a {@code json.py}, a {@code traceback.py}).
 */
public final class HelperScripts {

    public static final String PYTHON = "/usr/bin/python3";

    /** The flags between {@link #PYTHON} and {@code -c}. */
    public static final List<String> ISOLATED = List.of("-I", "-S", "-B");

    private HelperScripts() {}

    /** {@code env -C / python3 -I -S -B -c program args...}. */
    public static List<String> python(String program, List<String> args) {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/env", "-C", "/", PYTHON));
        argv.addAll(ISOLATED);
        argv.add("-c");
        argv.add(program);
        argv.addAll(args);
        return argv;
    }
}

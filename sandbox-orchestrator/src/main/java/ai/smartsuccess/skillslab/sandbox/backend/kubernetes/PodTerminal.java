package ai.smartsuccess.skillslab.sandbox.backend.kubernetes;

import ai.smartsuccess.skillslab.sandbox.backend.TerminalProcess;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;

/** A shell in a pod through the exec API with a TTY: input, output and resize over the API server's stream. */
final class PodTerminal implements TerminalProcess {

    private final ExecWatch watch;

    PodTerminal(ExecWatch watch) {
        this.watch = watch;
    }

    @Override
    public InputStream output() {
        return watch.getOutput();
    }

    @Override
    public void write(byte[] input) throws IOException {
        watch.getInput().write(input);
        watch.getInput().flush();
    }

    @Override
    public void resize(TerminalSize size) {
        watch.resize(size.cols(), size.rows());
    }

    /** The shell's exit code; -1 when the stream ended without one (the pod went away, the connection broke). */
    @Override
    public int waitFor() throws InterruptedException {
        try {
            Integer code = watch.exitCode().get();
            return code == null ? -1 : code;
        } catch (ExecutionException e) {
            return -1;
        }
    }

    @Override
    public boolean isAlive() {
        return !watch.exitCode().isDone();
    }

    @Override
    public void close() {
        watch.close();
    }
}

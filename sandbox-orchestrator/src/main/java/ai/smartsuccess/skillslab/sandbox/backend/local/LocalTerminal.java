package ai.smartsuccess.skillslab.sandbox.backend.local;

import ai.smartsuccess.skillslab.sandbox.backend.SandboxUnavailableException;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalProcess;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** A login shell inside a jail, on a real pseudo-terminal opened by pty4j on the host. */
final class LocalTerminal implements TerminalProcess {

    private final PtyProcess process;
    private final OutputStream input;

    private LocalTerminal(PtyProcess process) {
        this.process = process;
        this.input = process.getOutputStream();
    }

    static LocalTerminal start(List<String> argv, TerminalSize size) {
        try {
            PtyProcess process = new PtyProcessBuilder(argv.toArray(String[]::new))
                    // Only what nsenter needs; the jail's own environment is set inside.
                    .setEnvironment(Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", "TERM", "xterm-256color"))
                    .setInitialColumns(size.cols())
                    .setInitialRows(size.rows())
                    .setConsole(false)
                    .setRedirectErrorStream(true)
                    .start();
            return new LocalTerminal(process);
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot open a terminal", e);
        }
    }

    @Override
    public InputStream output() {
        return process.getInputStream();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        input.write(bytes);
        input.flush();
    }

    @Override
    public void resize(TerminalSize size) {
        if (process.isAlive()) {
            process.setWinSize(new WinSize(size.cols(), size.rows()));
        }
    }

    @Override
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        ProcessRunner.killTree(process);
    }
}

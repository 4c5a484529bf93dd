package ai.smartsuccess.skillslab.sandbox;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.client.utils.URLUtils;
import io.fabric8.mockwebserver.dsl.EventDoneable;
import io.fabric8.mockwebserver.dsl.TimesOnceableOrHttpHeaderable;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.internal.WebSocketMessage;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kubelet's end of the exec API of the sandbox pods, played by the fabric8 mock API server: each expected exec is
 * registered by its exact URL (the command line and the stream flags), and answered on the exec WebSocket with the
 * channels of {@code v4.channel.k8s.io}: 1 stdout, 2 stderr, 3 the exit status. An exec that sends stdin gets its exit
 * status only once exactly the expected bytes arrived; any other message makes the mock close the stream, which the
 * service sees as a broken exec.
 */
final class PodExecs {

    static final String NAMESPACE = "sandboxes-test";
    static final String WORKSPACE_SH = script("workspace.sh");
    static final String SNAPSHOT_PY = script("snapshot.py");
    static final String HIDDEN_NODE_PY = script("hidden_node.py");
    static final String HIDDEN_NODE_MJS = script("hidden_node.mjs");
    static final String HIDDEN_UNITTEST_PY = script("hidden_unittest.py");
    static final String STARTER_FILES_PY = script("starter_files.py");
    static final String STOP_RUNS_PY = script("stop_runs.py");
    /** What marks the Run tab's commands, in the environment of timeout(1), which leads their process group. */
    static final String RUN_MARKER = "SKILLSLAB_RUN=1";

    /*
     * How the Kubernetes backend runs an inline program: the program travels on stdin ahead of the command's own input,
     * behind a loader that reads exactly its length (an exec stream has no end of input).
     */
    private static final String SHELL_LOADER = "p=$(head -c \"$1\") || exit 126; shift; exec /bin/sh -c \"$p\" \"$@\"";
    private static final String PYTHON_LOADER =
            "import sys; n = int(sys.argv.pop(1)); exec(compile(sys.stdin.buffer.read(n), '<sandbox>', 'exec'))";
    private static final byte STDIN = 0;
    private static final byte STDOUT = 1;
    private static final byte STDERR = 2;
    private static final byte STATUS = 3;
    static final byte RESIZE = 4;
    /** A message no client sends: an expectation on it keeps the mock from closing a stream on its own. */
    private static final String NEVER_SENT = "\u00ffno stdin is expected on this stream";

    /**
     * One exec call into a pod.
     *
     * @param stdin what the call must send on stdin, {@code null} for a call without stdin
     */
    record Exec(String pod, List<String> argv, String stdin, boolean tty) {

        /** The exec URL as the fabric8 client builds it: commands first, then container and stream flags. */
        String path() {
            URLUtils.URLBuilder url =
                    new URLUtils.URLBuilder("/api/v1/namespaces/" + NAMESPACE + "/pods/" + pod + "/exec");
            argv.forEach(arg -> url.addQueryParameter("command", arg));
            url.addQueryParameter("container", "sandbox");
            if (tty) {
                url.addQueryParameter("tty", "true");
            }
            if (stdin != null) {
                url.addQueryParameter("stdin", "true");
            }
            url.addQueryParameter("stdout", "true");
            if (!tty) {
                url.addQueryParameter("stderr", "true");
            }
            return url.toString();
        }
    }

    /** What the command printed and how it ended. */
    record Reply(List<String> stdout, String stderr, int exitCode) {

        static Reply ok(String stdout) {
            return new Reply(List.of(stdout), "", 0);
        }

        static Reply exit(int exitCode) {
            return new Reply(List.of(), "", exitCode);
        }
    }

    private final KubernetesServer server;

    PodExecs(KubernetesServer server) {
        this.server = server;
    }

    /** {@code workspace.sh <args>} under the 20 s limit of file operations, with {@code input} after the script. */
    static Exec workspace(String pod, String input, String... args) {
        return shellProgram(pod, Duration.ofSeconds(20), WORKSPACE_SH, "workspace", List.of(args), input);
    }

    static Exec shellProgram(
            String pod, Duration timeout, String program, String name, List<String> args, String input) {
        List<String> argv = timed(timeout);
        argv.addAll(List.of("/bin/sh", "-c", SHELL_LOADER, "sandbox", length(program), name));
        argv.addAll(args);
        return new Exec(pod, argv, program + input, false);
    }

    static Exec pythonProgram(String pod, Duration timeout, String program, List<String> args, String input) {
        List<String> argv = timed(timeout);
        argv.addAll(List.of("/usr/bin/python3", "-c", PYTHON_LOADER, length(program)));
        argv.addAll(args);
        return new Exec(pod, argv, program + input, false);
    }

    /**
     * One of the service's own Python helpers, isolated from the workspace: {@code env -C / python3 -I -S -B}, the
     * program behind the loader on stdin.
     */
    static Exec isolatedPythonProgram(String pod, Duration timeout, String program, List<String> args, String input) {
        List<String> argv = timed(timeout);
        argv.addAll(List.of("/usr/bin/env", "-C", "/", "/usr/bin/python3", "-I", "-S", "-B", "-c", PYTHON_LOADER));
        argv.add(length(program));
        argv.addAll(args);
        return new Exec(pod, argv, program + input, false);
    }

    /** A command without stdin under {@code timeout(1)}. */
    static Exec command(String pod, Duration timeout, String... command) {
        List<String> argv = timed(timeout);
        argv.addAll(List.of(command));
        return new Exec(pod, argv, null, false);
    }

    /** A Run-tab command: {@code bash -lc command} under {@code timeout(1)}, marked in its environment. */
    static Exec run(String pod, Duration timeout, String command) {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/env", RUN_MARKER));
        argv.addAll(timed(timeout));
        argv.addAll(List.of("/bin/bash", "-lc", command));
        return new Exec(pod, argv, null, false);
    }

    /** What finalize and Stop send first: every process of the candidate in the pod is killed. */
    static Exec killAll(String pod) {
        return new Exec(pod, List.of("/bin/sh", "-c", "kill -KILL -1"), null, false);
    }

    /** The terminal: a login shell on a TTY (stdin and stdout, no separate stderr). */
    static Exec loginShell(String pod) {
        return new Exec(pod, List.of("/usr/bin/env", "TERM=xterm-256color", "/bin/bash", "-l"), "", true);
    }

    /** The Stop of the Run tab: {@code stop_runs.py} kills the marked process groups. */
    static Exec stopRuns(String pod) {
        return pythonProgram(pod, Duration.ofSeconds(10), STOP_RUNS_PY, List.of(RUN_MARKER), "");
    }

    /**
     * Answers the next call of {@code exec} (without stdin) with {@code stdout} at once and its exit status only when
     * the call {@code until} reaches the server: a command that runs until another exec ends it.
     */
    void answerWhen(Exec exec, String stdout, Exec until, int exitCode) {
        server.expect()
                .get()
                .withPath(exec.path())
                .andUpgradeToWebSocket()
                .open(message(STDOUT, stdout, true))
                .expectHttpRequest(until.path())
                .andEmit(status(exitCode, true))
                .once()
                .done()
                .once();
    }

    /**
     * Answers the next call of {@code exec} (without stdin) as a command under {@code timeout -s KILL} that outlives
     * its limit: {@code stdout} at once, then, {@code after} the stream opened, the exit status 137 of the SIGKILL
     * that timeout(1) sends.
     */
    void answerKilledAfter(Exec exec, String stdout, Duration after) {
        server.expect()
                .get()
                .withPath(exec.path())
                .andUpgradeToWebSocket()
                .open(message(STDOUT, stdout, true), delayed(status(137, true), after))
                .expect(NEVER_SENT)
                .andEmit(message(STDOUT, "", true))
                .always()
                .done()
                .once();
    }

    /**
     * Answers the next call of {@code exec} (without stdin) with {@code stdout} and then nothing at all, never an exit
     * status: a pod whose exec stream went silent (a kubelet or a connection that hangs).
     */
    void answerSilently(Exec exec, String stdout) {
        server.expect()
                .get()
                .withPath(exec.path())
                .andUpgradeToWebSocket()
                .open(message(STDOUT, stdout, true))
                .expect(NEVER_SENT)
                .andEmit(message(STDOUT, "", true))
                .always()
                .done()
                .once();
    }

    private static WebSocketMessage delayed(WebSocketMessage message, Duration delay) {
        return new WebSocketMessage(delay.toMillis(), message.getBytes(), message.isToBeRemoved(), message.isBinary());
    }

    /** Answers the next call of {@code exec}. */
    void answerOnce(Exec exec, Reply reply) {
        session(exec, reply, true).once();
    }

    /** Answers every call of {@code exec}. */
    void answerAlways(Exec exec, Reply reply) {
        session(exec, reply, false).always();
    }

    private TimesOnceableOrHttpHeaderable<Void> session(Exec exec, Reply reply, boolean once) {
        List<Object> output = new ArrayList<>();
        reply.stdout().stream()
                .filter(text -> !text.isEmpty())
                .forEach(text -> output.add(message(STDOUT, text, once)));
        if (!reply.stderr().isEmpty()) {
            output.add(message(STDERR, reply.stderr(), once));
        }
        EventDoneable<TimesOnceableOrHttpHeaderable<Void>> events;
        if (exec.stdin() == null) {
            output.add(status(reply.exitCode(), once));
            events = server.expect()
                    .get()
                    .withPath(exec.path())
                    .andUpgradeToWebSocket()
                    .open(output.toArray())
                    .expect(NEVER_SENT)
                    .andEmit(message(STDOUT, "", once))
                    .always();
        } else {
            var expectation = server.expect()
                    .get()
                    .withPath(exec.path())
                    .andUpgradeToWebSocket()
                    .open(output.toArray())
                    .expect(frame(STDIN, exec.stdin()))
                    .andEmit(status(reply.exitCode(), once));
            events = once ? expectation.once() : expectation.always();
        }
        return events.done();
    }

    /** The text of a frame on a channel, as the mock compares what a client sends. */
    static String frame(byte channel, String text) {
        return (char) channel + text;
    }

    static WebSocketMessage stdout(String text) {
        return message(STDOUT, text, true);
    }

    private static WebSocketMessage message(byte channel, String text, boolean once) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[body.length + 1];
        framed[0] = channel;
        System.arraycopy(body, 0, framed, 1, body.length);
        return new WebSocketMessage(0L, framed, once, true);
    }

    /** The exit status as the kubelet reports it on channel 3. */
    static WebSocketMessage status(int exitCode, boolean once) {
        StatusBuilder status = new StatusBuilder();
        if (exitCode == 0) {
            status.withStatus("Success");
        } else {
            status.withStatus("Failure")
                    .withReason("NonZeroExitCode")
                    .withNewDetails()
                    .addNewCause()
                    .withReason("ExitCode")
                    .withMessage(Integer.toString(exitCode))
                    .endCause()
                    .endDetails();
        }
        return message(STATUS, new KubernetesSerialization().asJson(status.build()), once);
    }

    /** The command lines of the exec calls into {@code pod} since the last call, in the order they reached the server. */
    List<List<String>> callsInto(String pod) {
        String prefix = "/api/v1/namespaces/" + NAMESPACE + "/pods/" + pod + "/exec?";
        List<List<String>> calls = new ArrayList<>();
        // Through the recorder, which alone drains the mock server's queue (it also records the API operations).
        for (RecordedRequest request : KubernetesApiOperations.recorder(server).takeUnread()) {
            if (!request.getPath().startsWith(prefix)) {
                continue;
            }
            List<String> argv = new ArrayList<>();
            for (String parameter : request.getPath().substring(prefix.length()).split("&")) {
                if (parameter.startsWith("command=")) {
                    argv.add(URLDecoder.decode(parameter.substring("command=".length()), StandardCharsets.UTF_8));
                }
            }
            calls.add(argv);
        }
        return calls;
    }

    private static List<String> timed(Duration timeout) {
        return new ArrayList<>(List.of(
                "/usr/bin/timeout", "-s", "KILL", String.format(Locale.ROOT, "%.3f", timeout.toMillis() / 1000.0)));
    }

    private static String length(String program) {
        return Integer.toString(program.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String script(String name) {
        try (InputStream in = PodExecs.class.getResourceAsStream("/sandbox/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

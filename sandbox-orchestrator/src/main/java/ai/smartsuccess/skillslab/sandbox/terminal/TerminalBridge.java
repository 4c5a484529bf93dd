package ai.smartsuccess.skillslab.sandbox.terminal;

import ai.smartsuccess.skillslab.sandbox.backend.TerminalProcess;
import ai.smartsuccess.skillslab.sandbox.backend.TerminalSize;
import ai.smartsuccess.skillslab.sandbox.client.CommandRecorder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.WebSocketConnection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;

/**
 * One browser terminal joined to one shell: output is pumped to the socket by a thread of its own (so a slow client
 * slows only its own shell), input goes to the PTY and, line by line, to the command recorder.
 */
final class TerminalBridge {

    private static final Logger LOG = Logger.getLogger(TerminalBridge.class);
    private static final int MAX_INPUT_CHARS = 64 * 1024;

    private final UUID assessmentId;
    private final TerminalProcess process;
    private final WebSocketConnection connection;
    private final CommandRecorder recorder;
    private final ObjectMapper json;
    private final CommandLineRecorder lines = new CommandLineRecorder();

    TerminalBridge(
            UUID assessmentId,
            TerminalProcess process,
            WebSocketConnection connection,
            CommandRecorder recorder,
            ObjectMapper json) {
        this.assessmentId = assessmentId;
        this.process = process;
        this.connection = connection;
        this.recorder = recorder;
        this.json = json;
    }

    void start(ExecutorService pumps) {
        pumps.execute(this::pump);
    }

    void input(String data) {
        if (data == null || data.isEmpty() || data.length() > MAX_INPUT_CHARS) {
            return;
        }
        // Recorded before the shell gets it: once anything of a command can be seen, it is in the record.
        for (String line : lines.feed(data)) {
            recorder.terminalCommand(assessmentId, line);
        }
        try {
            process.write(data.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debugf("terminal input of assessment %s not written: %s", assessmentId, e.getMessage());
        }
    }

    void resize(int cols, int rows) {
        process.resize(new TerminalSize(cols, rows));
    }

    void close() {
        process.close();
    }

    private void pump() {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        byte[] buffer = new byte[8192];
        ByteBuffer pending = ByteBuffer.allocate(8192 + 8);
        CharBuffer chars = CharBuffer.allocate(8192 + 8);
        try (InputStream out = process.output()) {
            int n;
            while ((n = out.read(buffer)) >= 0) {
                pending.put(buffer, 0, n).flip();
                decoder.decode(pending, chars, false);
                // Bytes of a character split across reads stay for the next read.
                pending.compact();
                chars.flip();
                if (chars.hasRemaining() && connection.isOpen()) {
                    send(Map.of("type", "output", "data", chars.toString()));
                }
                chars.clear();
            }
        } catch (IOException e) {
            // The PTY closes with an error on Linux when the shell exits: that is the normal end.
        }
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        if (connection.isOpen()) {
            send(Map.of("type", "exit", "code", code));
            connection.closeAndAwait();
        }
    }

    private void send(Map<String, Object> message) {
        try {
            connection.sendTextAndAwait(json.writeValueAsString(message));
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.debugf("terminal output of assessment %s not sent: %s", assessmentId, e.getMessage());
        }
    }
}

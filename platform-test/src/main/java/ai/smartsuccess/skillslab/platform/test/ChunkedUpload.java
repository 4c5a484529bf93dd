package ai.smartsuccess.skillslab.platform.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POST with {@code Transfer-Encoding: chunked} (no {@code Content-Length}) of a given size, written on its own thread
 * while the answer is read: what a client sees when the server answers before the upload ends.
 */
public final class ChunkedUpload {

    /**
     * @param status the answer's status
     * @param headers its headers, names in lower case
     * @param body its body (by Content-Length)
     * @param sent how many body bytes the client managed to write before the server stopped taking them
     * @param took from the first byte sent to the answer read
     */
    public record Answer(int status, Map<String, String> headers, String body, long sent, Duration took) {}

    public static Answer post(int port, String path, String token, String contentType, long bytes)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < bytes) {
                        out.write(size);
                        out.write(chunk);
                        out.write(end);
                        sent.addAndGet(chunk.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server stopped taking the upload
                }
            });
            writer.setDaemon(true);
            writer.start();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            if (statusLine == null) {
                throw new IOException("the connection closed without an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            StringBuilder body = new StringBuilder();
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            for (int i = 0; i < length; i++) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                body.append((char) c);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            writer.join(10_000);
            return new Answer(status, headers, body.toString(), sent.get(), took);
        }
    }

    private ChunkedUpload() {}
}

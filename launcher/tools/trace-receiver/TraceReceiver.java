import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A local stand-in for an OpenTelemetry collector: receives OTLP/HTTP protobuf exports ({@code POST /v1/traces}) and
 * appends every span as one JSON line to a file, for {@code launcher/tools/trace.mjs} to read. Run by the launcher as
 * a single-file program: {@code java -cp 'libs/*' TraceReceiver.java <port> <spans.jsonl>}.
 */
public class TraceReceiver {

    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // One writer thread: lines of concurrent exports never interleave.
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", exchange -> receive(exchange, out));
        server.start();
        System.out.println("trace receiver on 127.0.0.1:" + port + ", spans to " + out);
    }

    private static void receive(HttpExchange exchange, Path out) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                // Metrics and logs are not collected here; answer as a collector without that pipeline would.
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (IOException e) {
                System.err.println("unreadable export: " + e);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            int spans = append(request, out);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            System.out.println("received " + spans + " spans");
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream raw = exchange.getRequestBody();
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(raw) : raw;
    }

    private static int append(ExportTraceServiceRequest request, Path out) throws IOException {
        int count = 0;
        try (Writer writer = Files.newBufferedWriter(
                out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
                String service = attribute(resourceSpans.getResource().getAttributesList(), "service.name");
                for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                    for (Span span : scopeSpans.getSpansList()) {
                        writer.write(json(service, scopeSpans.getScope().getName(), span));
                        writer.write('\n');
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static String json(String service, String scope, Span span) {
        return "{" + field("traceId", hex(span.getTraceId()))
                + "," + field("spanId", hex(span.getSpanId()))
                + "," + field("parentSpanId", hex(span.getParentSpanId()))
                + "," + field("name", span.getName())
                + "," + field("kind", span.getKind().name().replace("SPAN_KIND_", ""))
                + "," + field("service", service)
                + "," + field("scope", scope)
                // Nanoseconds since the epoch exceed a JSON number's exact range: as strings.
                + "," + field("startNanos", Long.toUnsignedString(span.getStartTimeUnixNano()))
                + "," + field("endNanos", Long.toUnsignedString(span.getEndTimeUnixNano()))
                + "," + field("status", span.getStatus().getCode().name().replace("STATUS_CODE_", ""))
                + "," + quote("links") + ":[" + span.getLinksList().stream()
                        .map(link -> "{" + field("traceId", hex(link.getTraceId())) + ","
                                + field("spanId", hex(link.getSpanId())) + "}")
                        .collect(Collectors.joining(","))
                + "]," + quote("attributes") + ":{" + span.getAttributesList().stream()
                        .map(kv -> field(kv.getKey(), text(kv.getValue())))
                        .collect(Collectors.joining(","))
                + "}}";
    }

    private static String attribute(List<KeyValue> attributes, String key) {
        return attributes.stream()
                .filter(kv -> kv.getKey().equals(key))
                .map(kv -> text(kv.getValue()))
                .findFirst()
                .orElse("");
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream()
                    .map(TraceReceiver::text)
                    .collect(Collectors.joining(",", "[", "]"));
            default -> "";
        };
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

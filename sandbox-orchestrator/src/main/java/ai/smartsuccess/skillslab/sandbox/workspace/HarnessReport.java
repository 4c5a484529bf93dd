package ai.smartsuccess.skillslab.sandbox.workspace;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a hidden-suite harness ({@code hidden_unittest.py}, {@code hidden_node.mjs}) reported on its channel. Each line
 * is {@code <HMAC-SHA256 hex> <json>} under the run's key, numbered from 0 by {@code seq}. A line that does not verify,
 * or comes out of order, was not written by the harness: it is dropped and the report is {@code forged}.
 *
 * @param tests the tests the harness announced, in order
 * @param results each announced test's result, by id
 * @param flags the integrity flags the harness raised
 * @param ended whether the harness reached its end (every test it announced had its turn)
 * @param output the tail of what the tests printed (for the task's owner)
 * @param forged whether anything else wrote on the channel
 */
record HarnessReport(
        List<Announced> tests,
        Map<String, Result> results,
        Set<String> flags,
        boolean ended,
        String output,
        boolean forged) {

    record Announced(String id, String name) {}

    record Result(boolean passed, String message, boolean counted) {}

    private static final int MAC_HEX = 64;

    static HarnessReport read(byte[] channel, byte[] key, boolean truncated, ObjectMapper json) {
        Mac mac = hmac(key);
        List<Announced> tests = new ArrayList<>();
        Map<String, Result> results = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        boolean ended = false;
        String output = "";
        boolean forged = false;
        long expected = 0;
        String text = new String(channel, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.isEmpty() || (last && truncated)) {
                // The final piece of a cut output is no record, and no forgery either.
                continue;
            }
            JsonNode record = verified(line, mac, json);
            if (record == null || record.path("seq").asLong(-1) != expected) {
                forged = true;
                continue;
            }
            expected++;
            String id = record.path("id").asText();
            switch (record.path("kind").asText()) {
                case "test" -> tests.add(new Announced(id, record.path("name").asText()));
                case "result" ->
                    results.putIfAbsent(
                            id,
                            new Result(
                                    record.path("passed").asBoolean(false),
                                    record.path("message").isTextual()
                                            ? record.path("message").asText()
                                            : null,
                                    record.path("counted").asBoolean(true)));
                case "flag" -> flags.add(record.path("code").asText());
                case "end" -> {
                    ended = true;
                    output = record.path("output").asText("");
                }
                default -> forged = true;
            }
        }
        return new HarnessReport(List.copyOf(tests), Map.copyOf(results), Set.copyOf(flags), ended, output, forged);
    }

    /**
     * The tests that count, in the order announced: a test without a result (the process ended or ran out of time
     * before it) counts as failed.
     */
    List<HiddenTestResults.TestCaseResult> counted(String missing) {
        List<HiddenTestResults.TestCaseResult> counted = new ArrayList<>();
        for (Announced test : tests) {
            Result result = results.get(test.id());
            if (result == null) {
                counted.add(new HiddenTestResults.TestCaseResult(test.name(), false, missing));
            } else if (result.counted()) {
                counted.add(new HiddenTestResults.TestCaseResult(
                        test.name(), result.passed(), result.passed() ? null : result.message()));
            }
        }
        return counted;
    }

    private static JsonNode verified(String line, Mac mac, ObjectMapper json) {
        if (line.length() < MAC_HEX + 2 || line.charAt(MAC_HEX) != ' ') {
            return null;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(line, 0, MAC_HEX);
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] payload = line.substring(MAC_HEX + 1).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(claimed, mac.doFinal(payload))) {
            return null;
        }
        try {
            JsonNode node = json.readTree(payload);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}

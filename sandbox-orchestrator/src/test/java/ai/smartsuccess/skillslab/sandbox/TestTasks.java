package ai.smartsuccess.skillslab.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tasks that the WireMock task-service serves, with real starter files and hidden suites. */
final class TestTasks {

    record Task(
            UUID id,
            String runtime,
            String visibleTestCommand,
            String runner,
            Map<String, String> starter,
            Map<String, String> hidden) {

        String bundleJson() {
            return "{\"taskId\":\"" + id + "\",\"runtime\":\"" + runtime + "\",\"visibleTestCommand\":"
                    + (visibleTestCommand == null ? "null" : "\"" + visibleTestCommand + "\"")
                    + ",\"hiddenTestRunner\":\"" + runner + "\",\"starterFiles\":" + files(starter)
                    + ",\"hiddenFiles\":" + files(hidden) + "}";
        }

        private static String files(Map<String, String> files) {
            return files.entrySet().stream()
                    .map(e -> "{\"path\":\"" + e.getKey() + "\",\"contentBase64\":\""
                            + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))
                            + "\"}")
                    .collect(Collectors.joining(",", "[", "]"));
        }
    }

    /** A calculator whose subtraction is right and whose addition is wrong: one hidden test passes, one fails. */
    static final Task PYTHON = new Task(
            UUID.fromString("7a2d3c1e-0000-4000-8000-000000000001"),
            "python",
            "python3 -m unittest discover -s tests",
            "python-unittest",
            ordered(
                    "main.py", "from calc import add\nprint('2 + 3 =', add(2, 3))\n",
                    "calc.py", "def add(a, b):\n    return a * b\n\n\ndef sub(a, b):\n    return a - b\n",
                    "tests/test_calc.py",
                            "import unittest\nfrom calc import sub\n\n\nclass T(unittest.TestCase):\n"
                                    + "    def test_sub(self):\n        self.assertEqual(sub(3, 1), 2)\n"),
            ordered(
                    "hidden_tests/test_hidden_calc.py",
                    "import unittest\nfrom calc import add, sub\n\n\nclass HiddenCalc(unittest.TestCase):\n"
                            + "    def test_add(self):\n        self.assertEqual(add(2, 3), 5)\n\n"
                            + "    def test_sub(self):\n        self.assertEqual(sub(5, 3), 2)\n"));

    static final Task NODE = new Task(
            UUID.fromString("7a2d3c1e-0000-4000-8000-000000000002"),
            "node",
            "node --test",
            "node-test",
            ordered("index.js", "exports.double = (n) => n * 2;\nexports.half = (n) => n * 2;\n"),
            ordered(
                    "hidden_tests/index.test.js",
                    "const test = require('node:test');\nconst assert = require('node:assert');\n"
                            + "const { double, half } = require('../index.js');\n"
                            + "test.describe('numbers', () => {\n"
                            + "  test.it('doubles', () => assert.strictEqual(double(2), 4));\n"
                            + "  test.it('halves', () => assert.strictEqual(half(4), 2));\n"
                            + "});\n"));

    static final Task NO_HIDDEN = new Task(
            UUID.fromString("7a2d3c1e-0000-4000-8000-000000000003"),
            "python",
            null,
            "none",
            ordered("README.md", "# Design notes\n"),
            Map.of());

    static final List<Task> ALL = List.of(PYTHON, NODE, NO_HIDDEN);

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private TestTasks() {}
}

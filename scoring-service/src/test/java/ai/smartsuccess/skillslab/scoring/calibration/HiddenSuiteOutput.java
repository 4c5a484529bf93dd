package ai.smartsuccess.skillslab.scoring.calibration;

import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults.TestCaseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a hidden suite's output into {@link HiddenTestResults}, one result per test name: the {@code -v} lines of
 * Python's unittest ({@code name (id) ... ok|FAIL|ERROR}, named by the test's id as the platform names them) or the
 * TAP of {@code node --test} (leaf tests, named "suite > test"; a file or suite counts only when it failed without
 * reporting a test). A suite that reported no test at all gives total 0 and an {@code error}.
 */
final class HiddenSuiteOutput {

    private static final Pattern UNITTEST_START = Pattern.compile("^(\\S+) \\(([^()\\s]+)\\)(.*)$");
    private static final Pattern UNITTEST_STATUS = Pattern.compile(
            "(?:^|\\.\\.\\. |^.*\\.\\.\\. )(ok|FAIL|ERROR|skipped.*|expected failure|unexpected success)$");
    private static final Pattern UNITTEST_DETAIL = Pattern.compile("^(FAIL|ERROR): (\\S+) \\(([^()\\s]+)\\)$");
    private static final Pattern TAP_SUBTEST = Pattern.compile("^(\\s*)# Subtest: (.*)$");
    private static final Pattern TAP_RESULT =
            Pattern.compile("^(\\s*)(not ok|ok) \\d+ - (.*?)(?: # (SKIP|TODO)\\b.*)?$");
    private static final Pattern TAP_ERROR = Pattern.compile("^\\s*error: ['\"|>-]*(.*?)['\"]?$");

    private HiddenSuiteOutput() {}

    static HiddenTestResults parse(String runner, CommandRunner.Result run) {
        List<TestCaseResult> tests = switch (runner) {
            case "python-unittest" -> unittest(run.output());
            case "node-test" -> tap(run.output(), run.workdir());
            default -> throw new IllegalArgumentException("unknown hidden runner " + runner);
        };
        int passed = (int) tests.stream().filter(TestCaseResult::passed).count();
        String error = null;
        if (tests.isEmpty()) {
            error = (run.timedOut()
                            ? "The hidden tests ran out of time after " + CommandRunner.TIMEOUT_SECONDS + " s"
                            : "The hidden tests did not run (exit code " + run.exitCode() + ")")
                    + ": " + tail(run.output());
        }
        return new HiddenTestResults(
                runner, tests.size(), passed, tests.size() - passed, run.durationMs(), run.timedOut(), error, tests);
    }

    static List<TestCaseResult> unittest(String output) {
        String[] lines = output.split("\n", -1);
        Map<String, Boolean> results = new LinkedHashMap<>();
        Map<String, String> messages = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher start = UNITTEST_START.matcher(lines[i]);
            if (!start.matches() || lines[i].startsWith("FAIL: ") || lines[i].startsWith("ERROR: ")) {
                continue;
            }
            String name = testId(start.group(1), start.group(2));
            for (int j = i; j < lines.length && j < i + 200; j++) {
                String candidate = j == i ? start.group(3) : lines[j];
                if (j > i && UNITTEST_START.matcher(lines[j]).matches()) {
                    break;
                }
                Matcher status = UNITTEST_STATUS.matcher(candidate);
                if (status.find()) {
                    String s = status.group(1);
                    if (!s.startsWith("skipped")) {
                        results.put(name, s.equals("ok") || s.equals("expected failure"));
                    }
                    i = j;
                    break;
                }
            }
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher detail = UNITTEST_DETAIL.matcher(lines[i]);
            if (detail.matches()) {
                String last = null;
                for (int j = i + 2; j < lines.length; j++) {
                    if (lines[j].startsWith("=====") || lines[j].startsWith("-----")) {
                        break;
                    }
                    if (!lines[j].isBlank()) {
                        last = lines[j].trim();
                    }
                }
                messages.put(testId(detail.group(2), detail.group(3)), last);
            }
        }
        List<TestCaseResult> tests = new ArrayList<>();
        results.forEach(
                (name, passed) -> tests.add(new TestCaseResult(name, passed, passed ? null : messages.get(name))));
        return tests;
    }

    /** Python 3.11 prints the full id in parentheses; older versions print the class only. */
    private static String testId(String method, String id) {
        return id.equals(method) || id.endsWith("." + method) ? id : id + "." + method;
    }

    static List<TestCaseResult> tap(String output, String workdir) {
        String[] lines = output.split("\n", -1);
        List<String> path = new ArrayList<>();
        Map<Integer, Boolean> hasChildren = new HashMap<>();
        List<TestCaseResult> tests = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher subtest = TAP_SUBTEST.matcher(lines[i]);
            if (subtest.matches()) {
                int level = subtest.group(1).length() / 4;
                while (path.size() > level) {
                    path.remove(path.size() - 1);
                }
                path.add(subtest.group(2));
                hasChildren.put(level, false);
                continue;
            }
            Matcher result = TAP_RESULT.matcher(lines[i]);
            if (!result.matches()) {
                continue;
            }
            int level = result.group(1).length() / 4;
            if (level > 0) {
                hasChildren.put(level - 1, true);
            }
            boolean passed = result.group(2).equals("ok");
            boolean suite = Boolean.TRUE.equals(hasChildren.remove(level));
            if ("SKIP".equals(result.group(4)) || suite) {
                trim(path, level);
                continue;
            }
            List<String> names = new ArrayList<>(path.subList(0, Math.min(level, path.size())));
            names.add(result.group(3));
            String name = String.join(" > ", names);
            if (workdir != null) {
                name = name.replace(workdir + "/", "");
            }
            String message = null;
            if (!passed) {
                for (int j = i + 1; j < lines.length && j < i + 40; j++) {
                    Matcher error = TAP_ERROR.matcher(lines[j]);
                    if (error.matches()) {
                        message =
                                error.group(1).isBlank() && j + 1 < lines.length ? lines[j + 1].trim() : error.group(1);
                        break;
                    }
                    if (TAP_RESULT.matcher(lines[j]).matches()
                            || TAP_SUBTEST.matcher(lines[j]).matches()) {
                        break;
                    }
                }
            }
            tests.add(new TestCaseResult(name, passed, message));
            trim(path, level);
        }
        return tests;
    }

    private static void trim(List<String> path, int level) {
        while (path.size() > level) {
            path.remove(path.size() - 1);
        }
    }

    private static String tail(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= 2000 ? trimmed : trimmed.substring(trimmed.length() - 2000);
    }
}

package ai.smartsuccess.skillslab.task;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static ai.smartsuccess.skillslab.task.TaskApi.as;
import static ai.smartsuccess.skillslab.task.TaskApi.newTask;
import static ai.smartsuccess.skillslab.task.TaskApi.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of a task body through the API: accepted at its boundaries, refused one step past them, field named. */
@QuarkusTest
class TaskValidationResourceTest {

    String business = accessToken(BUSINESS);

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("30 minutes", with(newTask("Thirty minutes"), "timeLimitMinutes", 30)),
                Arguments.of("480 minutes", with(newTask("Eight hours"), "timeLimitMinutes", 480)),
                Arguments.of("3-character title", newTask("abc")),
                Arguments.of("255-character title", newTask("t".repeat(255))),
                Arguments.of("a title in any script, with symbols", newTask("Zoë's <API> — עברית 🚀")),
                Arguments.of("category weights summing to 100", withCategoryWeights(25, 25, 25, 25)),
                Arguments.of("subitems summing to 100", withSubitems(40, 30, 20, 10)),
                Arguments.of("maxAttempts 1", with(newTask("One attempt"), "maxAttempts", 1)),
                Arguments.of("maxAttempts null (no limit)", with(newTask("No limit"), "maxAttempts", null)),
                Arguments.of("contiguous custom levels", withLevels(0, 49, 50, 69, 70, 89, 90, 100)),
                Arguments.of("a zero weight", withCategoryWeights(0, 50, 25, 25)),
                Arguments.of(
                        "node runtime with node-test runner",
                        with(with(newTask("Node task"), "runtime", "node"), "hiddenTestRunner", "node-test")));
    }

    @ParameterizedTest(name = "{0} is accepted")
    @MethodSource("accepted")
    void accepted_at_the_boundaries(String name, Map<String, Object> body) {
        UUID id = TaskApi.create(business, body);
        TaskApi.delete(business, id);
    }

    static Stream<Arguments> refused() {
        Map<String, Object> noTitle = newTask("x");
        noTitle.remove("title");
        Map<String, Object> missingCategory =
                new LinkedHashMap<>(Map.of("planning", 34, "prompt_engineering", 33, "tool_orchestration", 33));
        Map<String, Object> unknownSubitem = Map.of(
                "subitemWeights",
                Map.of(
                        "planning",
                        Map.of("task_breakdown", 25, "time_estimation", 25, "milestone_definition", 25, "vibes", 25)));
        return Stream.of(
                Arguments.of("29 minutes", with(newTask("Too short"), "timeLimitMinutes", 29), "timeLimitMinutes"),
                Arguments.of("481 minutes", with(newTask("Too long"), "timeLimitMinutes", 481), "timeLimitMinutes"),
                Arguments.of(
                        "a fractional time limit",
                        with(newTask("Fraction"), "timeLimitMinutes", 30.5),
                        "timeLimitMinutes"),
                Arguments.of(
                        "a time limit as text",
                        with(newTask("Text number"), "timeLimitMinutes", "60"),
                        "timeLimitMinutes"),
                Arguments.of("a missing title", noTitle, "title"),
                Arguments.of("a 2-character title", newTask("ab"), "title"),
                Arguments.of("a 256-character title", newTask("t".repeat(256)), "title"),
                Arguments.of("a title with a control character", newTask("Fix\u0007 the bug"), "title"),
                Arguments.of("a title on two lines", newTask("Fix the\nbug"), "title"),
                Arguments.of("a title with a C1 control", newTask("Fix\u0085the bug"), "title"),
                Arguments.of("a title with a right-to-left override", newTask("Fix \u202Egub eht"), "title"),
                Arguments.of("a title with a direction isolate", newTask("Fix \u2068the bug\u2069"), "title"),
                Arguments.of(
                        "a blank description", with(newTask("Blank description"), "description", "  "), "description"),
                Arguments.of("an unknown task type", with(newTask("Poetry"), "taskType", "poetry"), "taskType"),
                Arguments.of("an unknown difficulty", with(newTask("Hard"), "difficulty", "extreme"), "difficulty"),
                Arguments.of("maxAttempts 0", with(newTask("Zero attempts"), "maxAttempts", 0), "maxAttempts"),
                Arguments.of(
                        "an access window ending before it starts",
                        with(
                                with(newTask("Backwards window"), "accessStartDate", "2030-01-02T00:00:00Z"),
                                "accessEndDate",
                                "2030-01-01T00:00:00Z"),
                        "accessEndDate"),
                Arguments.of(
                        "a node runner on python",
                        with(newTask("Mismatch"), "hiddenTestRunner", "node-test"),
                        "hiddenTestRunner"),
                Arguments.of("an unknown field", with(newTask("Typo"), "timeLimitMinute", 60), "timeLimitMinute"),
                Arguments.of(
                        "category weights summing to 99",
                        withCategoryWeights(25, 25, 25, 24),
                        "evaluationConfig.categoryWeights"),
                Arguments.of(
                        "category weights summing to 101",
                        withCategoryWeights(25, 25, 25, 26),
                        "evaluationConfig.categoryWeights"),
                Arguments.of(
                        "a category weight above 100",
                        withCategoryWeights(101, 0, 0, -1),
                        "evaluationConfig.categoryWeights.planning"),
                Arguments.of(
                        "a missing built-in category",
                        with(
                                newTask("Missing category"),
                                "evaluationConfig",
                                Map.of("categoryWeights", missingCategory)),
                        "evaluationConfig.categoryWeights.outcome_quality"),
                Arguments.of(
                        "subitems summing to 99",
                        withSubitems(25, 25, 25, 24),
                        "evaluationConfig.subitemWeights.planning"),
                Arguments.of(
                        "subitems summing to 101",
                        withSubitems(25, 25, 25, 26),
                        "evaluationConfig.subitemWeights.planning"),
                Arguments.of(
                        "an unknown subitem",
                        with(newTask("Unknown subitem"), "evaluationConfig", unknownSubitem),
                        "evaluationConfig.subitemWeights.planning.vibes"),
                Arguments.of(
                        "a gap between levels",
                        withLevels(0, 39, 41, 64, 65, 84, 85, 100),
                        "evaluationConfig.levelThresholds.operator.min"),
                Arguments.of(
                        "overlapping levels",
                        withLevels(0, 40, 40, 64, 65, 84, 85, 100),
                        "evaluationConfig.levelThresholds.operator.min"),
                Arguments.of(
                        "levels not reaching 100",
                        withLevels(0, 39, 40, 64, 65, 84, 85, 99),
                        "evaluationConfig.levelThresholds.innovator.max"),
                Arguments.of(
                        "levels not starting at 0",
                        withLevels(1, 39, 40, 64, 65, 84, 85, 100),
                        "evaluationConfig.levelThresholds.explorer.min"),
                Arguments.of(
                        "a custom category without a weight",
                        withCustom("security_awareness", "correctness", false),
                        "evaluationConfig.categoryWeights.security_awareness"),
                Arguments.of(
                        "a custom category named like a built-in one",
                        withCustom("planning", "correctness", true),
                        "evaluationConfig.customCategories[0].key"),
                Arguments.of(
                        "a custom key that is not snake_case",
                        withCustom("Security-Awareness", "correctness", true),
                        "evaluationConfig.customCategories[0].key"),
                Arguments.of(
                        "a custom subitem with an unknown signal",
                        withCustom("security_awareness", "gut_feeling", true),
                        "evaluationConfig.customCategories[0].subitems[0].signal"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refused")
    void refused_past_the_boundaries_naming_the_field(String name, Map<String, Object> body, String field) {
        as(business)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void an_update_is_validated_with_the_same_rules() {
        UUID id = TaskApi.create(business, newTask("Validated update"));
        try {
            as(business)
                    .contentType(ContentType.JSON)
                    .body(Map.of("timeLimitMinutes", 481, "title", "x"))
                    .put("/api/tasks/" + id)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("timeLimitMinutes"))
                    .body("errors.field", hasItem("title"));
            as(business)
                    .get("/api/tasks/" + id)
                    .then()
                    .body("timeLimitMinutes", equalTo(120))
                    .body("title", equalTo("Validated update"));
        } finally {
            TaskApi.delete(business, id);
        }
    }

    static Map<String, Object> withCategoryWeights(int planning, int prompt, int tools, int outcome) {
        Map<String, Object> weights = new HashMap<>();
        weights.put("planning", planning);
        weights.put("prompt_engineering", prompt);
        weights.put("tool_orchestration", tools);
        weights.put("outcome_quality", outcome);
        return with(
                newTask("Weights " + planning + prompt + tools + outcome),
                "evaluationConfig",
                Map.of("categoryWeights", weights));
    }

    static Map<String, Object> withSubitems(int a, int b, int c, int d) {
        Map<String, Object> planning = Map.of(
                "task_breakdown", a, "time_estimation", b, "milestone_definition", c, "problem_understanding", d);
        return with(
                newTask("Subitems " + a + b + c + d),
                "evaluationConfig",
                Map.of("subitemWeights", Map.of("planning", planning)));
    }

    static Map<String, Object> withLevels(int... bounds) {
        Map<String, Object> levels = new LinkedHashMap<>();
        String[] names = {"explorer", "operator", "architect", "innovator"};
        for (int i = 0; i < names.length; i++) {
            levels.put(names[i], Map.of("min", bounds[2 * i], "max", bounds[2 * i + 1]));
        }
        return with(newTask("Levels"), "evaluationConfig", Map.of("levelThresholds", levels));
    }

    static Map<String, Object> withCustom(String key, String signal, boolean weighted) {
        Map<String, Object> weights = new HashMap<>(Map.of(
                "planning",
                20,
                "prompt_engineering",
                20,
                "tool_orchestration",
                20,
                "outcome_quality",
                weighted ? 20 : 40));
        if (weighted) {
            weights.put(key, 20);
        }
        Map<String, Object> config = Map.of(
                "categoryWeights",
                weights,
                "subitemWeights",
                Map.of(key, Map.of("only", 100)),
                "customCategories",
                List.of(Map.of(
                        "key",
                        key,
                        "name",
                        "Custom",
                        "description",
                        "A custom category",
                        "subitems",
                        List.of(Map.of(
                                "key", "only", "name", "Only", "description", "The only one", "signal", signal)))));
        return with(newTask("Custom " + key), "evaluationConfig", config);
    }
}

package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.CANDIDATE;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The candidate list as a CSV file: every row, RFC 4180, UTF-8 with a BOM, formula-looking cells neutralised. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class BusinessExportResourceTest {

    private static final String PATH = "/api/business/candidates/export";

    @Test
    void every_candidate_of_the_task_is_one_row_quoted_and_neutralised() {
        try (TempUser company = TempUsers.business("export", "Export GmbH")) {
            Task task = Task.of(company.id(), "API, \"v2\"");
            Reports.Figures figures = Reports.figures().score(81.5).ai(7, 0.25);
            figures.signals = List.of("evidence-incomplete");
            UUID formula = SeededAttempts.scored(
                    task, "=HYPERLINK(\"http://evil.example\",\"x\")", "@evil.example", 1500, figures);
            UUID plain = SeededAttempts.scored(task, "Zoë Ångström, Jr.", "zoe@example.test", 900, Reports.figures());
            UUID plus = SeededAttempts.unscored(task, "+1 555 0100", "in_progress");
            UUID minus = SeededAttempts.unscored(task, "-2+3", "pending");
            // Enough more rows to need more than one page of the list.
            for (int i = 0; i < 22; i++) {
                SeededAttempts.unscored(task, "Filler " + i, "pending");
            }
            // Another task's candidate is left out by the filter.
            SeededAttempts.scored(Task.of(company.id(), "Other"), "Other", "o@example.test", 1, Reports.figures());

            Response response = given().auth()
                    .oauth2(company.token())
                    .queryParam("taskId", task.id().toString())
                    .queryParam("format", "csv")
                    .queryParam("sortBy", "name")
                    .queryParam("order", "asc")
                    .get(PATH);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType().replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=utf-8");
            assertThat(response.header("Content-Disposition"))
                    .startsWith("attachment; filename=\"candidates-" + task.id() + "-")
                    .endsWith(".csv\"");
            byte[] bytes = response.asByteArray();
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\r\n");
            List<List<String>> rows = parse(text);
            assertThat(rows).hasSize(1 + 26);
            List<String> header = rows.get(0);
            assertThat(header)
                    .startsWith(
                            "assessmentId",
                            "invitationId",
                            "name",
                            "email",
                            "taskId",
                            "taskTitle",
                            "status",
                            "stage",
                            "rating",
                            "finalScore",
                            "level",
                            "category:planning",
                            "category:prompt_engineering",
                            "category:tool_orchestration",
                            "category:outcome_quality")
                    .endsWith("submittedAt", "timeSpentSeconds", "prompts", "aiCodeShare", "integrityFlags");

            List<String> evil = row(rows, formula);
            assertThat(cell(header, evil, "name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(cell(header, evil, "email")).isEqualTo("'@evil.example");
            assertThat(cell(header, evil, "taskTitle")).isEqualTo("API, \"v2\"");
            assertThat(cell(header, evil, "finalScore")).isEqualTo("81.5");
            assertThat(cell(header, evil, "prompts")).isEqualTo("7");
            assertThat(cell(header, evil, "aiCodeShare")).isEqualTo("0.25");
            assertThat(cell(header, evil, "integrityFlags")).isEqualTo("evidence-incomplete");
            assertThat(cell(header, evil, "stage")).isEqualTo("new");
            assertThat(cell(header, evil, "category:outcome_quality")).isEqualTo("80");
            assertThat(cell(header, row(rows, plain), "name")).isEqualTo("Zoë Ångström, Jr.");
            assertThat(cell(header, row(rows, plus), "name")).isEqualTo("'+1 555 0100");
            assertThat(cell(header, row(rows, plus), "finalScore")).isEmpty();
            assertThat(cell(header, row(rows, minus), "name")).isEqualTo("'-2+3");
            // The raw text: quoted as RFC 4180 says.
            assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@evil.example,");
            assertThat(text).contains(",\"Zoë Ångström, Jr.\",");
            assertThat(text).contains(",\"API, \"\"v2\"\"\",");
        }
    }

    @Test
    void only_csv_is_offered_and_only_to_businesses_for_their_own_candidates() {
        try (TempUser company = TempUsers.business("formats", "Formats AG");
                TempUser rival = TempUsers.business("nosy", "Nosy Ltd")) {
            Task task = Task.of(company.id(), "Secret task");
            SeededAttempts.scored(task, "Mo", "mo@example.test", 600, Reports.figures());
            given().auth()
                    .oauth2(company.token())
                    .queryParam("format", "xlsx")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("format"));
            given().auth()
                    .oauth2(company.token())
                    .queryParam("taskId", "nope")
                    .get(PATH)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("taskId"));
            // Another business gets a file with its own candidates only: none.
            String theirs = given().auth()
                    .oauth2(rival.token())
                    .queryParam("taskId", task.id().toString())
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(parse(theirs.substring(1))).hasSize(1);
            given().auth().oauth2(accessToken(CANDIDATE)).get(PATH).then().statusCode(403);
            given().get(PATH).then().statusCode(401);
        }
    }

    private static List<String> row(List<List<String>> rows, UUID assessmentId) {
        return rows.stream()
                .filter(r -> r.get(0).equals(assessmentId.toString()))
                .findFirst()
                .orElseThrow();
    }

    private static String cell(List<String> header, List<String> row, String column) {
        return row.get(header.indexOf(column));
    }

    /** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), for checking what was written. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare CR, LF or quote outside a quoted field").isNotIn('\r', '\n', '"');
                field.append(c);
            }
            i++;
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}

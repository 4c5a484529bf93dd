package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.ADMIN;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import ai.smartsuccess.skillslab.contracts.events.AuditRecorded;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import ai.smartsuccess.skillslab.platform.test.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as an admin reads it: the gateway's own actions (plan change, account deletion, a role changed in
 * Keycloak), Keycloak's sign-ins, entries of other services from {@code test.audit}; filters; append-only storage.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class AuditResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void only_admins_read_the_trail() {
        given().auth()
                .oauth2(accessToken(BUSINESS))
                .get("/api/admin/audit")
                .then()
                .statusCode(403);
        given().get("/api/admin/audit").then().statusCode(401);
        given().auth()
                .oauth2(accessToken(ADMIN))
                .get("/api/admin/audit?size=1")
                .then()
                .statusCode(200);
    }

    @Test
    void malformed_filters_are_refused_naming_the_field() {
        given().auth()
                .oauth2(accessToken(ADMIN))
                .get("/api/admin/audit?from=yesterday&size=500&action=DROP TABLE")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("action"));
        given().auth()
                .oauth2(accessToken(ADMIN))
                .get("/api/admin/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void a_plan_change_is_recorded_with_who_and_from_where() {
        try (TempUser business = TempUsers.business("audit-plan", "Audit Plan Co")) {
            given().auth().oauth2(business.token()).get("/api/me").then().statusCode(200);
            given().auth()
                    .oauth2(accessToken(ADMIN))
                    .header("User-Agent", "audit-test/1.0")
                    // A client cannot choose the address it is recorded under.
                    .header("X-Skills-Lab-Client-Address", "203.0.113.99")
                    .contentType(ContentType.JSON)
                    .body(Map.of("plan", "premium"))
                    .put("/api/admin/users/" + business.id() + "/plan")
                    .then()
                    .statusCode(200);

            Map<String, Object> entry = only(
                    "action=account.plan-changed&targetType=account&targetId=" + business.id(),
                    "action = 'account.plan-changed' AND target_id = ?",
                    business.id());
            assertThat(entry.get("actorId")).isEqualTo(KeycloakTokens.subject(ADMIN));
            assertThat(entry.get("actorRole")).isEqualTo("admin");
            assertThat(entry.get("actorService")).isEqualTo("gateway-service");
            assertThat(entry.get("outcome")).isEqualTo("success");
            assertThat(entry.get("clientAddress")).isEqualTo("127.0.0.1");
            assertThat(entry.get("userAgent")).isEqualTo("audit-test/1.0");
            assertThat(entry.get("details")).isEqualTo(Map.of("plan", "premium", "previousPlan", "business"));
        }
    }

    @Test
    void an_account_deletion_is_recorded() {
        TempUser person = TempUsers.individual("audit-delete");
        given().auth().oauth2(person.token()).delete("/api/me").then().statusCode(204);
        Map<String, Object> entry = only(
                "action=account.deleted&targetId=" + person.id(),
                "action = 'account.deleted' AND target_id = ?",
                person.id());
        assertThat(entry.get("actorId")).isEqualTo(person.id());
        assertThat(entry.get("actorRole")).isEqualTo("individual");
        assertThat(entry.get("targetType")).isEqualTo("account");
    }

    @Test
    void a_role_changed_in_keycloak_is_recorded_when_the_gateway_sees_it() {
        try (TempUser person = TempUsers.individual("audit-role")) {
            given().auth().oauth2(person.token()).get("/api/me").then().statusCode(200);
            String service = KeycloakTokens.accountAdminToken();
            String mappings = TempUsers.ADMIN_API + "/users/" + person.id() + "/role-mappings/realm";
            // The gateway's client may not read the realm's roles (no view-realm): the person's own and available ones.
            Object individual = role(service, mappings, "individual");
            Object business = role(service, mappings + "/available", "business");
            given().auth()
                    .oauth2(service)
                    .contentType(ContentType.JSON)
                    .body(List.of(individual))
                    .delete(mappings)
                    .then()
                    .statusCode(204);
            given().auth()
                    .oauth2(service)
                    .contentType(ContentType.JSON)
                    .body(List.of(business))
                    .post(mappings)
                    .then()
                    .statusCode(204);

            String fresh = TempUsers.passwordToken(person.email());
            given().auth().oauth2(fresh).get("/api/me").then().statusCode(200).body("userType", is("business"));

            Map<String, Object> entry = only(
                    "action=account.role-changed&targetId=" + person.id(),
                    "action = 'account.role-changed' AND target_id = ?",
                    person.id());
            assertThat(entry.get("actorService")).isEqualTo("keycloak");
            assertThat(entry.get("details")).isEqualTo(Map.of("previousRole", "individual", "role", "business"));
        }
    }

    @Test
    void sign_ins_are_taken_from_keycloak() {
        try (TempUser person = TempUsers.individual("audit-signin")) {
            // TempUsers signed the person in once already; a wrong password is a failed sign-in.
            assertThatThrownBy(() -> KeycloakTokens.passwordToken(person.email(), "not-the-password"))
                    .isInstanceOf(AssertionError.class);
            await().atMost(WAIT)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> count("action = 'session.signed-in' AND actor_id = ?", person.id()) > 0);
            await().atMost(WAIT)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> count("action = 'session.sign-in-failed' AND target_id = ?", person.id()) > 0);
            Map<String, Object> signIn =
                    page("action=session.signed-in&actor=" + person.id()).getMap("items[0]");
            assertThat(signIn.get("actorService")).isEqualTo("keycloak");
            assertThat(signIn.get("outcome")).isEqualTo("success");
            assertThat(signIn.get("clientAddress")).isNotNull();
            assertThat(page("action=session.sign-in-failed&targetId=" + person.id())
                            .getString("items[0].outcome"))
                    .isEqualTo("failure");
        }
    }

    @Test
    void entries_of_other_services_are_stored_once() {
        String taskId = UUID.randomUUID().toString();
        AuditRecorded entry = new AuditRecorded(
                UUID.randomUUID(),
                AuditRecorded.TYPE,
                AuditRecorded.SCHEMA_VERSION,
                Instant.now(),
                "someone",
                "business",
                "task-service",
                "task.published",
                "task",
                taskId,
                AuditRecorded.SUCCESS,
                "198.51.100.4",
                "browser",
                Map.of());
        try (TopicWriter writer = new TopicWriter()) {
            writer.send("test.audit", entry);
            writer.send("test.audit", entry);
        }
        Map<String, Object> stored = only("targetType=task&targetId=" + taskId, "target_id = ?", taskId);
        assertThat(stored.get("eventId")).isEqualTo(entry.eventId().toString());
        assertThat(stored.get("clientAddress")).isEqualTo("198.51.100.4");
        // Still one after the redelivery had every chance to be stored.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> count("target_id = ?", taskId) == 1);
    }

    @Test
    void stored_entries_cannot_be_changed_or_removed() {
        String taskId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(
                    "test.audit",
                    new AuditRecorded(
                            UUID.randomUUID(),
                            AuditRecorded.TYPE,
                            AuditRecorded.SCHEMA_VERSION,
                            Instant.now(),
                            "someone",
                            "business",
                            "task-service",
                            "task.deleted",
                            "task",
                            taskId,
                            AuditRecorded.SUCCESS,
                            null,
                            null,
                            Map.of()));
        }
        only("targetId=" + taskId, "target_id = ?", taskId);
        assertThatThrownBy(() -> TestDatabase.execute(
                        "UPDATE identity.audit_records SET outcome = 'failure' WHERE target_id = ?", taskId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestDatabase.execute("DELETE FROM identity.audit_records WHERE target_id = ?", taskId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestDatabase.execute("TRUNCATE identity.audit_records"))
                .hasMessageContaining("append-only");
        // The retention purge removes nothing younger than a year.
        assertThat(((Number) TestDatabase.value("SELECT identity.purge_audit_records(now())")).longValue())
                .isZero();
        assertThat(page("targetId=" + taskId).getString("items[0].outcome")).isEqualTo("success");
    }

    private static Object role(String token, String listUrl, String name) {
        List<Map<String, Object>> roles = given().auth()
                .oauth2(token)
                .get(listUrl)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return roles.stream()
                .filter(role -> name.equals(role.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no role " + name + " at " + listUrl));
    }

    /**
     * The one entry the API finds with {@code filter}, once the table has it: waiting reads the table, so that the
     * admin's rate limit is spent on the assertions only.
     */
    private static Map<String, Object> only(String filter, String where, Object... parameters) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> count(where, parameters) > 0);
        JsonPath page = page(filter);
        assertThat(page.getInt("total")).isEqualTo(1);
        return page.getMap("items[0]");
    }

    private static long count(String where, Object... parameters) {
        return ((Number) TestDatabase.value("SELECT count(*) FROM identity.audit_records WHERE " + where, parameters))
                .longValue();
    }

    private static JsonPath page(String filter) {
        return given().auth()
                .oauth2(accessToken(ADMIN))
                .get("/api/admin/audit?" + filter)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}

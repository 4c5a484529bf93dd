package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.TempUsers.createVerifiedUser;
import static ai.smartsuccess.skillslab.platform.test.TempUsers.passwordToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Profile updates and account deletion, against the real Keycloak and Kafka. */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class MeResourceTest {

    static final String KEYCLOAK = "http://localhost:8180";

    @Inject
    ObjectMapper json;

    @Test
    void a_business_updates_its_names_and_company() throws Exception {
        String email = "upd-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String id = createVerifiedUser(email, "business", Map.of("company_name", List.of("Old Co")));
        String token = passwordToken(email);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Nora", "companyName", "New Co", "companySize", "201-500"))
                .put("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("Nora Person"))
                .body("company.name", equalTo("New Co"))
                .body("company.size", equalTo("201-500"));
        assertThat(passwordTokenClaims(email).get("company_name").asText()).isEqualTo("New Co");
        given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
    }

    @Test
    void a_business_account_made_without_a_company_signs_in_and_adds_it_later() {
        String email = "noco-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String id = createVerifiedUser(email, "business", Map.of());
        String token = passwordToken(email);
        given().auth()
                .oauth2(token)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("userType", equalTo("business"))
                .body("company", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("companyName", "Later Co"))
                .put("/api/me")
                .then()
                .statusCode(200)
                .body("company.name", equalTo("Later Co"));
        for (String disguised : List.of("Acme\u202Eoc.evil", "Acme\u2066Co", "Acme\u0000Co", "Acme\u0085Co")) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("companyName", disguised))
                    .put("/api/me")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("companyName"));
        }
        given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
    }

    @Test
    void an_individual_cannot_give_itself_a_company() {
        String email = "solo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String id = createVerifiedUser(email, "individual", Map.of());
        given().auth()
                .oauth2(passwordToken(email))
                .contentType(ContentType.JSON)
                .body(Map.of("companyName", "Shell Corp"))
                .put("/api/me")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("companyName"));
        given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
    }

    @Test
    void deleting_an_account_removes_the_login_anonymizes_the_profile_and_tells_the_other_services() throws Exception {
        String email = "gone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String id = createVerifiedUser(email, "individual", Map.of());
        String token = passwordToken(email);
        given().auth().oauth2(token).get("/api/auth/me").then().statusCode(200);

        try (TopicReader accounts = TopicReader.fromEnd("test.account-lifecycle")) {
            given().auth().oauth2(token).delete("/api/me").then().statusCode(204);

            given().formParam("grant_type", "password")
                    .formParam("client_id", "skills-lab-cli")
                    .formParam("username", email)
                    .formParam("password", "correct-horse-battery")
                    .post(KEYCLOAK + "/realms/skills-lab/protocol/openid-connect/token")
                    .then()
                    .statusCode(401);
            given().auth().oauth2(token).get("/api/auth/me").then().statusCode(404);

            List<JsonNode> seen = new ArrayList<>();
            // Generous: Kafka on a busy shared machine can take a while to deliver.
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                seen.clear();
                for (ConsumerRecord<String, byte[]> record : accounts.withKey(id, Duration.ofMillis(500))) {
                    seen.add(json.readTree(record.value()));
                }
                return !seen.isEmpty();
            });
            assertThat(seen.get(0).get("type").asText()).isEqualTo("AccountDeleted");
            assertThat(seen.get(0).get("userId").asText()).isEqualTo(id);
        }
    }

    private JsonNode passwordTokenClaims(String email) throws Exception {
        String token = passwordToken(email);
        return json.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}

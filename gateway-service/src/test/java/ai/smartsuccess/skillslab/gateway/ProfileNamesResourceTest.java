package ai.smartsuccess.skillslab.gateway;

import static ai.smartsuccess.skillslab.platform.test.TempUsers.createVerifiedUser;
import static ai.smartsuccess.skillslab.platform.test.TempUsers.passwordToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** First and last name kept apart and accepted whatever characters they hold, against the real Keycloak. */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class ProfileNamesResourceTest {

    static final String KEYCLOAK = "http://localhost:8180";
    static final List<String> CREATED = new ArrayList<>();

    static String newIndividual(String firstName, String lastName) {
        String email = "names-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        CREATED.add(createVerifiedUser(email, "individual", Map.of(), firstName, lastName));
        return email;
    }

    @Test
    void a_two_word_first_name_survives_a_reload() {
        String email = newIndividual("Temp", "Person");
        given().auth()
                .oauth2(passwordToken(email))
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Mary Ann", "lastName", "Smith"))
                .put("/api/me")
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Mary Ann"))
                .body("lastName", equalTo("Smith"))
                .body("name", equalTo("Mary Ann Smith"));

        // A reload: a new token, a new request.
        given().auth()
                .oauth2(passwordToken(email))
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Mary Ann"))
                .body("lastName", equalTo("Smith"))
                .body("name", equalTo("Mary Ann Smith"))
                .body("createdAt", not(equalTo(null)));
    }

    @Test
    void a_new_profile_takes_both_names_from_the_identity_provider_as_they_are() {
        String email = newIndividual("Jean Paul", "de la Cruz");
        given().auth()
                .oauth2(passwordToken(email))
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Jean Paul"))
                .body("lastName", equalTo("de la Cruz"))
                .body("name", equalTo("Jean Paul de la Cruz"));
    }

    @Test
    void names_may_hold_any_character() {
        String email = newIndividual("Temp", "Person");
        String first = "<b>Zoë</b> \"Zed\"";
        String last = "O'Brien & Söhne 🚀";
        given().auth()
                .oauth2(passwordToken(email))
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", first, "lastName", last))
                .put("/api/me")
                .then()
                .statusCode(200)
                .body("firstName", equalTo(first))
                .body("lastName", equalTo(last));
        given().auth()
                .oauth2(passwordToken(email))
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("firstName", equalTo(first))
                .body("lastName", equalTo(last));
    }

    @Test
    void control_characters_in_a_name_are_refused_with_the_field_named() {
        String email = newIndividual("Temp", "Person");
        given().auth()
                .oauth2(passwordToken(email))
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Bell\u0007", "lastName", "Smith"))
                .put("/api/me")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("firstName"))
                .body("detail", not(equalTo("Bad Request.")));
    }

    @Test
    void a_profile_stored_before_names_were_kept_apart_gets_them_from_the_identity_provider() {
        String email = newIndividual("Mary Ann", "Smith");
        String subject = CREATED.get(CREATED.size() - 1);
        // The row as the previous version stored it: only the display name.
        TestDatabase.execute(
                "INSERT INTO identity.user_profiles (subject, email, name, user_type) VALUES (?, ?, ?, ?)",
                subject,
                email,
                "Mary Ann Smith",
                "individual");
        given().auth()
                .oauth2(passwordToken(email))
                .get("/api/auth/me")
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Mary Ann"))
                .body("lastName", equalTo("Smith"))
                .body("name", equalTo("Mary Ann Smith"));
    }

    @AfterAll
    static void removeCreatedUsers() {
        for (String id : CREATED) {
            given().auth()
                    .oauth2(KeycloakTokens.accountAdminToken())
                    .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
        }
    }
}

package ai.smartsuccess.skillslab.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Sign-up against the real Keycloak, with the verification email read from GreenMail. */
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
class SignUpResourceTest {

    static final String KEYCLOAK = "http://localhost:8180";
    static final String GREENMAIL = "http://127.0.0.1:8025";
    static final List<String> CREATED = new ArrayList<>();

    static Map<String, Object> individual(String email) {
        return Map.of(
                "accountType", "individual",
                "firstName", "Ivy",
                "lastName", "Individual",
                "email", email,
                "password", "correct-horse-battery");
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    @Test
    void an_individual_signs_up_verifies_the_email_and_signs_in() {
        String email = uniqueEmail("ivy");
        String userId = given().contentType(ContentType.JSON)
                .body(individual(email))
                .post("/api/auth/signup")
                .then()
                .statusCode(201)
                .body("userType", equalTo("individual"))
                .body("verificationEmailSent", equalTo(true))
                .extract()
                .path("userId");
        CREATED.add(userId);

        assertThat(passwordGrant(email, "correct-horse-battery"))
                .as("sign-in before verification")
                .isNotEqualTo(200);

        clickVerificationLink(awaitVerificationLink(email));
        await().atMost(Duration.ofSeconds(60)).until(() -> passwordGrant(email, "correct-horse-battery") == 200);
        assertThat(realmRoles(email, "correct-horse-battery"))
                .contains("individual")
                .doesNotContain("business");
    }

    @Test
    void a_business_gets_the_business_role_and_its_company() {
        String email = uniqueEmail("bea");
        String userId = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "accountType", "business",
                        "firstName", "Bea",
                        "lastName", "Boss",
                        "email", email,
                        "password", "correct-horse-battery",
                        "companyName", "Acme Analytics",
                        "companySize", "51-200",
                        "companyIndustry", "finance"))
                .post("/api/auth/signup")
                .then()
                .statusCode(201)
                .body("userType", equalTo("business"))
                .extract()
                .path("userId");
        CREATED.add(userId);
        Map<String, Object> user = given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .get(KEYCLOAK + "/admin/realms/skills-lab/users/" + userId)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertThat(user.get("attributes").toString()).contains("Acme Analytics", "51-200", "finance");
        given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .get(KEYCLOAK + "/admin/realms/skills-lab/users/" + userId + "/role-mappings/realm")
                .then()
                .body("name", hasItem("business"));
    }

    @Test
    void a_business_must_name_its_company_size_and_industry() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "accountType", "business",
                        "firstName", "No",
                        "lastName", "Company",
                        "email", uniqueEmail("nocompany"),
                        "password", "correct-horse-battery",
                        "companyName", " ",
                        "companySize", "12"))
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("companyName", "companySize", "companyIndustry"));
    }

    @Test
    void the_account_type_cannot_be_smuggled_in() {
        Map<String, Object> body = new java.util.HashMap<>(individual(uniqueEmail("sneaky")));
        body.put("accountType", "admin");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("accountType"));
        body.put("accountType", "individual");
        body.put("userType", "business");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("userType"));
        Map<String, Object> companyForIndividual = new java.util.HashMap<>(individual(uniqueEmail("solo")));
        companyForIndividual.put("companyName", "Side Gig Inc");
        given().contentType(ContentType.JSON)
                .body(companyForIndividual)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("companyName"));
    }

    @Test
    void passwords_need_eight_characters() {
        Map<String, Object> body = new java.util.HashMap<>(individual(uniqueEmail("short")));
        body.put("password", "seven77");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("password"));
        body.put("password", "eight888");
        CREATED.add(given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(201)
                .extract()
                .path("userId"));
    }

    @Test
    void an_email_can_have_only_one_account() {
        String email = uniqueEmail("twice");
        CREATED.add(given().contentType(ContentType.JSON)
                .body(individual(email))
                .post("/api/auth/signup")
                .then()
                .statusCode(201)
                .extract()
                .path("userId"));
        given().contentType(ContentType.JSON)
                .body(individual(email.toUpperCase()))
                .post("/api/auth/signup")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void a_name_may_hold_any_character() {
        Map<String, Object> body = new java.util.HashMap<>(individual(uniqueEmail("zoe")));
        body.put("firstName", "Zoë <Z>");
        body.put("lastName", "D'Arcy & \"Co\"");
        String userId = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(201)
                .extract()
                .path("userId");
        CREATED.add(userId);
        given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .get(KEYCLOAK + "/admin/realms/skills-lab/users/" + userId)
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Zoë <Z>"))
                .body("lastName", equalTo("D'Arcy & \"Co\""));
    }

    @Test
    void details_keycloak_refuses_come_back_as_problem_json_naming_the_field() {
        Map<String, Object> body = new java.util.HashMap<>(individual("ü-" + uniqueEmail("accent")));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://skillslab.dev/problems/validation"))
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("before the @"));
        body = new java.util.HashMap<>(individual(uniqueEmail("bell")));
        body.put("lastName", "Bell\u0007");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("lastName"));
    }

    @Test
    void the_return_path_must_stay_on_this_site() {
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "invite/abc")) {
            Map<String, Object> body = new java.util.HashMap<>(individual(uniqueEmail("away")));
            body.put("returnTo", elsewhere);
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/auth/signup")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("returnTo"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("email", uniqueEmail("away"), "returnTo", "https://evil.example/"))
                .post("/api/auth/verification-email")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("returnTo"));
    }

    @Test
    void the_verification_link_ends_at_sign_in_with_the_address_and_where_to_continue() {
        String email = uniqueEmail("invited");
        Map<String, Object> body = new java.util.HashMap<>(individual(email));
        body.put("returnTo", "/invite/tok-123?accept=1");
        CREATED.add(given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(201)
                .extract()
                .path("userId"));

        String lastPage = clickVerificationLink(awaitVerificationLink(email));

        assertThat(lastPage.replace("&amp;", "&"))
                .contains("http://localhost:8080/sign-in?verified=1&email="
                        + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                        + "&returnTo=%2Finvite%2Ftok-123%3Faccept%3D1");
    }

    @AfterAll
    static void removeCreatedUsers() {
        for (String id : CREATED) {
            given().auth()
                    .oauth2(KeycloakTokens.accountAdminToken())
                    .delete(KEYCLOAK + "/admin/realms/skills-lab/users/" + id);
        }
    }

    private static int passwordGrant(String email, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "skills-lab-cli")
                .formParam("username", email)
                .formParam("password", password)
                .post(KEYCLOAK + "/realms/skills-lab/protocol/openid-connect/token")
                .statusCode();
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(String email, String password) {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "skills-lab-cli")
                .formParam("username", email)
                .formParam("password", password)
                .post(KEYCLOAK + "/realms/skills-lab/protocol/openid-connect/token")
                .then()
                .extract()
                .path("access_token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        Map<String, Object> claims =
                io.restassured.path.json.JsonPath.from(payload).getMap("");
        return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
    }

    /**
     * Opens the emailed link as a browser would and returns the last page Keycloak shows. Without a Keycloak session,
     * Keycloak first shows a page asking to confirm the address; its "proceed" link, opened with that page's session
     * cookies, completes the verification. (The cookies are passed by hand: Keycloak marks them Secure, which browsers
     * honour on http://localhost but HTTP client libraries do not.)
     */
    private static String clickVerificationLink(String link) {
        var confirmPage = given().redirects().follow(false).get(link);
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        keepCookies(confirmPage, cookies);
        Matcher proceed = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"")
                .matcher(confirmPage.asString());
        assertThat(proceed.find())
                .as("Keycloak's confirmation page links to the proceed step")
                .isTrue();
        String url = proceed.group(1).replace("&amp;", "&");
        for (int hop = 0; hop < 5; hop++) {
            var response = given().urlEncodingEnabled(false)
                    .header(
                            "Cookie",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .collect(java.util.stream.Collectors.joining("; ")))
                    .redirects()
                    .follow(false)
                    .get(url);
            assertThat(response.statusCode()).as("Keycloak's answer to " + url).isLessThan(400);
            keepCookies(response, cookies);
            if (response.statusCode() / 100 != 3) {
                return response.asString();
            }
            url = java.net.URI.create(url).resolve(response.header("Location")).toString();
        }
        throw new AssertionError("Keycloak kept redirecting after the verification");
    }

    private static void keepCookies(io.restassured.response.Response response, Map<String, String> cookies) {
        for (String cookie : response.getHeaders().getValues("Set-Cookie")) {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
    }

    private static String awaitVerificationLink(String email) {
        String[] link = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().get(GREENMAIL + "/api/user/" + email + "/messages/INBOX");
            if (response.statusCode() != 200) {
                return false;
            }
            List<String> bodies = response.jsonPath().getList("mimeMessage");
            for (String body : bodies) {
                String unfolded = body.replace("=\r\n", "").replace("=3D", "=");
                Matcher matcher = Pattern.compile(
                                "(http://localhost:8180/realms/skills-lab/login-actions/action-token\\?key=[^\"\\s<]+)")
                        .matcher(unfolded);
                if (matcher.find()) {
                    link[0] = matcher.group(1).replace("&amp;", "&");
                    return true;
                }
            }
            return false;
        });
        return link[0];
    }
}

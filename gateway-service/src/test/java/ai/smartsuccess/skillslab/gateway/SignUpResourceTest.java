package ai.smartsuccess.skillslab.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
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
        given().contentType(ContentType.JSON)
                .body(individual(email))
                .post("/api/auth/signup")
                .then()
                .statusCode(202)
                .body("userType", equalTo("individual"))
                .body("email", equalTo(email));
        CREATED.add(userIdOf(email));

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
        given().contentType(ContentType.JSON)
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
                .statusCode(202)
                .body("userType", equalTo("business"));
        String userId = userIdOf(email);
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
    void a_password_that_breaks_a_rule_is_refused_naming_the_rule() {
        String email = uniqueEmail("rules");
        Map<String, String> refused = Map.of(
                "eleven-char",
                "must be at least 12 characters long",
                "my " + email + " pw",
                "must not contain your email address",
                "x" + email.substring(0, email.indexOf('@')) + "-secret",
                "must not contain the part of your email address before the @",
                "Password1234",
                "is one of the most common passwords",
                "qwertyuiop123!",
                "is one of the most common passwords");
        refused.forEach((password, rule) -> {
            Map<String, Object> body = new java.util.HashMap<>(individual(email));
            body.put("password", password);
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/auth/signup")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.find { it.field == 'password' }.message", containsString(rule));
        });
        Map<String, Object> body = new java.util.HashMap<>(individual(email));
        body.put("password", "twelve-chars");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(202);
        CREATED.add(userIdOf(email));
    }

    @Test
    void a_taken_address_gets_the_same_answer_and_its_owner_an_email() {
        String owner = uniqueEmail("owner");
        CREATED.add(TempUsers.createVerifiedUser(owner, "individual", Map.of()));
        String newcomer = uniqueEmail("newcomer");

        var forNew = given().contentType(ContentType.JSON)
                .body(individual(newcomer))
                .post("/api/auth/signup")
                .then()
                .statusCode(202)
                .extract();
        CREATED.add(userIdOf(newcomer));
        var forTaken = given().contentType(ContentType.JSON)
                .body(individual(owner.toUpperCase()))
                .post("/api/auth/signup")
                .then()
                .statusCode(202)
                .extract();

        assertThat(forTaken.contentType()).isEqualTo(forNew.contentType());
        Map<String, Object> newBody = new java.util.HashMap<>(forNew.jsonPath().getMap(""));
        Map<String, Object> takenBody =
                new java.util.HashMap<>(forTaken.jsonPath().getMap(""));
        assertThat(newBody.remove("email")).isEqualTo(newcomer);
        assertThat(takenBody.remove("email")).isEqualTo(owner);
        assertThat(takenBody).isEqualTo(newBody);

        awaitVerificationLink(newcomer);
        Map<String, Object> notice = awaitMessage(owner, AccountMailsSubject.SIGN_UP_ATTEMPT);
        String text = unfold(notice.get("mimeMessage").toString());
        assertThat(text)
                .contains("http://localhost:8080/sign-in?email=" + owner.replace("@", "%40"))
                .contains(
                        "http://localhost:8180/realms/skills-lab/login-actions/reset-credentials?client_id=skills-lab-web")
                .doesNotContain("login-actions/action-token");
        assertThat(TempUsers.passwordToken(owner))
                .as("the owner's password still works")
                .isNotBlank();
    }

    @Test
    void an_address_is_sent_at_most_three_emails_an_hour_and_the_answer_stays_the_same() {
        String email = uniqueEmail("throttled");
        given().contentType(ContentType.JSON)
                .body(individual(email))
                .post("/api/auth/signup")
                .then()
                .statusCode(202);
        CREATED.add(userIdOf(email));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", email))
                    .post("/api/auth/verification-email")
                    .then()
                    .statusCode(202);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox(email).size() == 3);
        // A fourth request (sign-up again, and another resend) is answered as before and sends nothing.
        given().contentType(ContentType.JSON)
                .body(individual(email))
                .post("/api/auth/signup")
                .then()
                .statusCode(202)
                .body("email", equalTo(email));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email))
                .post("/api/auth/verification-email")
                .then()
                .statusCode(202);
        // Keycloak and the mailer hand a message to SMTP before the request returns: what arrived has arrived.
        String other = uniqueEmail("unthrottled");
        given().contentType(ContentType.JSON)
                .body(individual(other))
                .post("/api/auth/signup")
                .then()
                .statusCode(202);
        CREATED.add(userIdOf(other));
        awaitVerificationLink(other);
        assertThat(inbox(email)).hasSize(3);
    }

    @Test
    void a_name_may_hold_any_character() {
        String email = uniqueEmail("zoe");
        Map<String, Object> body = new java.util.HashMap<>(individual(email));
        body.put("firstName", "Zoë <Z>");
        body.put("lastName", "D'Arcy & \"Co\"");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(202);
        String userId = userIdOf(email);
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
        body = new java.util.HashMap<>(individual(uniqueEmail("bidi")));
        body.put("firstName", "Eve\u202Egnp.exe");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'firstName' }.message", containsString("text-direction"));
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
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/auth/signup")
                .then()
                .statusCode(202);
        CREATED.add(userIdOf(email));

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

    /** The Keycloak id of the account of {@code email}. */
    private static String userIdOf(String email) {
        List<String> ids = given().auth()
                .oauth2(KeycloakTokens.accountAdminToken())
                .queryParam("email", email)
                .queryParam("exact", true)
                .get(KEYCLOAK + "/admin/realms/skills-lab/users")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertThat(ids).as("accounts of " + email).hasSize(1);
        return ids.get(0);
    }

    private static List<Map<String, Object>> inbox(String email) {
        var response = given().get(GREENMAIL + "/api/user/" + email + "/messages/INBOX");
        return response.statusCode() == 200 ? response.jsonPath().getList("") : List.of();
    }

    private static Map<String, Object> awaitMessage(String email, String subject) {
        List<Map<String, Object>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            inbox(email).stream().filter(m -> subject.equals(m.get("subject"))).forEach(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private static String unfold(String mime) {
        return mime.replace("=\r\n", "").replace("=3D", "=").replace("&amp;", "&");
    }

    /** The subject the owner of a taken address is sent (AccountMails). */
    interface AccountMailsSubject {
        String SIGN_UP_ATTEMPT = "Someone tried to create a Skills Lab account with your address";
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

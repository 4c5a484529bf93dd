package ai.smartsuccess.skillslab.assessment;

import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.BUSINESS;
import static ai.smartsuccess.skillslab.platform.test.KeycloakTokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import ai.smartsuccess.skillslab.assessment.service.results.CanonicalJson;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs;
import ai.smartsuccess.skillslab.assessment.support.PlatformStubs.TaskStub;
import ai.smartsuccess.skillslab.assessment.support.Reports;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts;
import ai.smartsuccess.skillslab.assessment.support.SeededAttempts.Task;
import ai.smartsuccess.skillslab.platform.test.KeycloakTokens;
import ai.smartsuccess.skillslab.platform.test.TempUsers;
import ai.smartsuccess.skillslab.platform.test.TempUsers.TempUser;
import ai.smartsuccess.skillslab.platform.test.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A candidate publishes a scored attempt; anyone reads it, checks its signature, and loses it once it is revoked. */
@QuarkusTest
@QuarkusTestResource(PlatformStubs.class)
class PublicResultsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The X.509 prefix of an Ed25519 public key; the raw 32 bytes of the JWK's x follow. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    @Test
    void the_owner_shares_reshares_and_revokes_and_strangers_see_nothing() {
        try (TempUser candidate = TempUsers.individual("sharer");
                TempUser stranger = TempUsers.individual("stranger")) {
            UUID id = scoredAttemptOf(candidate, Reports.figures().score(82.45));
            String path = "/api/assessments/" + id + "/share";

            given().auth().oauth2(candidate.token()).get(path).then().statusCode(404);
            given().auth()
                    .oauth2(candidate.token())
                    .contentType(ContentType.JSON)
                    .body(Map.of("nameDisplay", "nickname"))
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");

            Response first = share(candidate.token(), id, "initials");
            first.then().statusCode(201);
            String shareId = first.path("shareId");
            assertThat(shareId).matches("[A-Za-z0-9_-]{22}");
            assertThat(first.<String>path("url")).isEqualTo("http://localhost:8080/r/" + shareId);
            assertThat(first.<String>path("nameDisplay")).isEqualTo("initials");
            given().get("/api/public/results/" + shareId)
                    .then()
                    .statusCode(200)
                    .body("result.name", equalTo("T. P."))
                    .body("result.finalScore", equalTo(82.5f));

            // Sharing again keeps the address and follows the new choice.
            share(candidate.token(), id, "full")
                    .then()
                    .statusCode(200)
                    .body("shareId", equalTo(shareId))
                    .body("nameDisplay", equalTo("full"));
            given().auth()
                    .oauth2(candidate.token())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("shareId", equalTo(shareId));
            given().get("/api/public/results/" + shareId).then().body("result.name", equalTo("Temp Person"));

            // Someone else's attempt is as if it did not exist.
            given().auth().oauth2(stranger.token()).get(path).then().statusCode(404);
            share(stranger.token(), id, "full").then().statusCode(404);
            given().auth().oauth2(stranger.token()).delete(path).then().statusCode(404);

            given().auth().oauth2(candidate.token()).delete(path).then().statusCode(204);
            given().auth().oauth2(candidate.token()).get(path).then().statusCode(404);
            given().get("/api/public/results/" + shareId)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().get("/api/public/badges/" + shareId + ".svg").then().statusCode(404);
            given().get("/api/public/results/" + shareId + "/card.png").then().statusCode(404);
            given().get("/r/" + shareId)
                    .then()
                    .statusCode(404)
                    .contentType(startsWith("text/html"))
                    .body(org.hamcrest.Matchers.containsString("Result not found"));
        }
    }

    @Test
    void an_attempt_without_a_score_cannot_be_shared() {
        try (TempUser candidate = TempUsers.individual("unscored")) {
            UUID id = SeededAttempts.unscored(Task.of("biz-" + UUID.randomUUID(), "Queue worker"), "T", "submitted");
            TestDatabase.execute("update assessment.assessments set user_id = ? where id = ?", candidate.id(), id);
            share(candidate.token(), id, "full")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("not-scored"));
        }
    }

    @Test
    void an_invited_attempt_is_shareable_only_when_the_invitation_allows_it() {
        try (TempUser candidate = TempUsers.individual("invitee")) {
            Task task = Task.of("biz-" + UUID.randomUUID(), "Payments API");
            UUID id = SeededAttempts.invited(task, "completed", "scored", Reports.figures());
            TestDatabase.execute("update assessment.assessments set user_id = ? where id = ?", candidate.id(), id);

            share(candidate.token(), id, "full")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("sharing-not-allowed"));
            given().auth()
                    .oauth2(candidate.token())
                    .get("/api/assessments/" + id + "/share")
                    .then()
                    .statusCode(403)
                    .body("type", org.hamcrest.Matchers.endsWith("sharing-not-allowed"));

            TestDatabase.execute(
                    "update assessment.invitations set allow_result_sharing = true where assessment_id = ?", id);
            share(candidate.token(), id, "hidden").then().statusCode(201);
        }
    }

    @Test
    void a_business_lets_its_candidates_share_when_it_invites() {
        String business = accessToken(BUSINESS);
        UUID task = PlatformStubs.stubPrivateTask(TaskStub.practice().createdBy(KeycloakTokens.subject(BUSINESS)));
        for (boolean allowed : new boolean[] {true, false}) {
            Map<String, Object> body = new java.util.HashMap<>(
                    Map.of("taskId", task.toString(), "recipientEmail", "share-" + allowed + "@example.test"));
            if (allowed) {
                body.put("allowResultSharing", true);
            }
            String invitation = given().auth()
                    .oauth2(business)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/invitations")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("invitationId");
            assertThat(TestDatabase.value(
                            "select allow_result_sharing from assessment.invitations where id = ?::uuid", invitation))
                    .isEqualTo(allowed);
        }
        given().auth()
                .oauth2(business)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "taskId",
                        task.toString(),
                        "addresses",
                        "bulk-share-" + UUID.randomUUID() + "@example.test",
                        "allowResultSharing",
                        true))
                .post("/api/invitations/bulk")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(business)
                .get("/api/invitations?taskId=" + task)
                .then()
                .statusCode(200)
                .body(
                        "invitations.find { it.recipientEmail.startsWith('bulk-share-') }.allowResultSharing",
                        equalTo(true))
                .body(
                        "invitations.find { it.recipientEmail == 'share-false@example.test' }.allowResultSharing",
                        equalTo(false));
    }

    @Test
    void the_public_result_is_signed_by_the_published_key_and_tells_nothing_private() throws Exception {
        try (TempUser candidate = TempUsers.individual("signed")) {
            UUID id = scoredAttemptOf(candidate, Reports.figures().score(77.25));
            String shareId = share(candidate.token(), id, "full")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("shareId");

            String text = given().get("/api/public/results/" + shareId)
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .extract()
                    .asString();
            JsonNode body = JSON.readTree(text);
            JsonNode result = body.get("result");
            List<String> fields = new ArrayList<>();
            result.fieldNames().forEachRemaining(fields::add);
            assertThat(fields)
                    .containsExactlyInAnyOrder(
                            "shareId",
                            "name",
                            "taskTitle",
                            "taskDifficulty",
                            "completedAt",
                            "finalScore",
                            "level",
                            "categoryScores",
                            "strengths",
                            "scoringVersion",
                            "verified",
                            "issuer",
                            "issuedAt");
            assertThat(result.get("finalScore").asDouble()).isEqualTo(77.3);
            assertThat(result.get("verified").asBoolean()).isFalse();
            assertThat(result.get("issuer").asText()).isEqualTo("Skills Lab");
            assertThat(result.get("completedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(text)
                    .doesNotContain(candidate.email())
                    .doesNotContain(candidate.id())
                    .doesNotContain(id.toString())
                    .doesNotContain("hiddenTests")
                    .doesNotContain("detailedAnalysis");

            JsonNode keys = JSON.readTree(given().get("/.well-known/skills-lab-keys.json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            JsonNode key = keys.get("keys").get(0);
            assertThat(key.get("kty").asText()).isEqualTo("OKP");
            assertThat(key.get("crv").asText()).isEqualTo("Ed25519");
            assertThat(key.get("alg").asText()).isEqualTo("EdDSA");
            assertThat(key.get("use").asText()).isEqualTo("sig");
            JsonNode signature = body.get("signature");
            assertThat(signature.get("alg").asText()).isEqualTo("Ed25519");
            assertThat(signature.get("kid").asText()).isEqualTo(key.get("kid").asText());
            PublicKey publicKey = fromJwk(key.get("x").asText());
            byte[] value = Base64.getUrlDecoder().decode(signature.get("value").asText());

            assertThat(verifies(publicKey, result, value)).isTrue();
            ObjectNode changed = result.deepCopy();
            changed.put("finalScore", 97.3);
            assertThat(verifies(publicKey, changed, value)).isFalse();
            ObjectNode renamed = result.deepCopy();
            renamed.put("name", "Someone Else");
            assertThat(verifies(publicKey, renamed, value)).isFalse();
        }
    }

    @Test
    void badge_card_and_page_render_and_only_a_verified_result_says_verified() throws Exception {
        try (TempUser candidate = TempUsers.individual("pictured")) {
            UUID plain = scoredAttemptOf(candidate, Reports.figures().score(82.5));
            UUID strong = scoredAttemptOf(candidate, Reports.figures().score(91));
            TestDatabase.execute(
                    "update assessment.scores set report = jsonb_set(report, '{detailedAnalysis,outcomeEvidence}',"
                            + " '{\"source\": \"hidden-tests\"}'::jsonb) where assessment_id = ?",
                    strong);
            String plainId = share(candidate.token(), plain, "full").path("shareId");
            String strongId = share(candidate.token(), strong, "initials").path("shareId");

            Response badge = given().get("/api/public/badges/" + plainId + ".svg");
            badge.then()
                    .statusCode(200)
                    .contentType(startsWith("image/svg+xml"))
                    .header("Cache-Control", "public, max-age=300");
            assertThat(badge.asString())
                    .contains("Skills Lab")
                    .contains("82.5 · Practitioner")
                    .doesNotContain("verified");
            assertThat(given().get("/api/public/badges/" + strongId + ".svg").asString())
                    .contains("91.0 · Practitioner · verified");
            given().get("/api/public/results/" + strongId).then().body("result.verified", equalTo(true));

            long started = System.nanoTime();
            Response card = given().get("/api/public/results/" + plainId + "/card.png");
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            card.then().statusCode(200).contentType("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.asByteArray()));
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(630);
            started = System.nanoTime();
            given().get("/api/public/results/" + plainId + "/card.png").then().statusCode(200);
            System.out.printf(
                    "result card: first request %d ms (rendered), second %d ms (cached)%n",
                    firstMillis, (System.nanoTime() - started) / 1_000_000);

            String page = given().get("/r/" + plainId)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"))
                    .extract()
                    .asString();
            assertThat(page)
                    .contains("<meta property=\"og:title\"")
                    .contains("<meta property=\"og:description\"")
                    .contains("<meta property=\"og:image\" content=\"http://localhost:8080/api/public/results/"
                            + plainId + "/card.png\">")
                    .contains("<meta property=\"og:url\" content=\"http://localhost:8080/r/" + plainId + "\">")
                    .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
                    .contains("<meta name=\"twitter:image\"")
                    // Loaded by the page itself: a path, which img-src 'self' allows on any host name the reader used.
                    .contains("<img src=\"/api/public/badges/" + plainId + ".svg\"")
                    .contains("Temp Person")
                    .contains("82.5")
                    .contains("Score issued by Skills Lab")
                    .contains("/api/public/results/" + plainId)
                    .doesNotContainIgnoringCase("verified")
                    .doesNotContain("<script");
            assertThat(given().get("/r/" + strongId).asString())
                    .contains("Verified result")
                    .contains("T. P.")
                    .doesNotContain("Temp Person");
            given().get("/r/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404).contentType(startsWith("text/html"));
            given().get("/r/not-a-share").then().statusCode(404);
        }
    }

    private static UUID scoredAttemptOf(TempUser candidate, Reports.Figures figures) {
        return SeededAttempts.scored(
                Task.of("biz-" + UUID.randomUUID(), "Build a <REST> API"),
                candidate.id(),
                "Temp Person",
                candidate.email(),
                1200,
                figures);
    }

    private static Response share(String token, UUID id, String nameDisplay) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("nameDisplay", nameDisplay))
                .post("/api/assessments/" + id + "/share");
    }

    private static boolean verifies(PublicKey key, JsonNode result, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(CanonicalJson.write(result).getBytes(StandardCharsets.UTF_8));
        return verifier.verify(signature);
    }

    private static PublicKey fromJwk(String x) throws Exception {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        assertThat(raw).hasSize(32);
        byte[] encoded = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}

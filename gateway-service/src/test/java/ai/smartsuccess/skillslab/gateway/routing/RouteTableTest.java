package ai.smartsuccess.skillslab.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/tasks, TASK_SERVICE",
        "/api/tasks/t-1/publish, TASK_SERVICE",
        "/api/assessments/a-1/files, SANDBOX_ORCHESTRATOR",
        "/api/assessments/a-1/files/src/main.py, SANDBOX_ORCHESTRATOR",
        "/api/assessments/a-1/run, SANDBOX_ORCHESTRATOR",
        "/api/assessments/a-1/run/stop, SANDBOX_ORCHESTRATOR",
        "/api/assessments/a-1/run/stop/more, ASSESSMENT_SERVICE",
        "/api/assessments/a-1/runs, ASSESSMENT_SERVICE",
        "/api/assessments/a-1, ASSESSMENT_SERVICE",
        "/api/assessments/a-1/abandon, ASSESSMENT_SERVICE",
        "/api/invitations/i-1/resend, ASSESSMENT_SERVICE",
        "/api/admin/assessments/a-1/score-revisions, ASSESSMENT_SERVICE",
        "/api/admin/scoring/jobs, SCORING_SERVICE",
        "/api/admin/scoring/rescore-jobs/j-1/interrupt, SCORING_SERVICE",
        "/api/notifications, NOTIFICATION_SERVICE",
        "/api/notifications/preferences, NOTIFICATION_SERVICE",
        "/api/business/webhooks, NOTIFICATION_SERVICE",
        "/api/business/webhooks/w-1, NOTIFICATION_SERVICE",
        "/api/business/webhooks/w-1/deliveries, NOTIFICATION_SERVICE",
        "/api/business/webhooks/w-1/test, NOTIFICATION_SERVICE",
        "/api/business/candidates, ASSESSMENT_SERVICE",
        "/api/business/webhooksx, ASSESSMENT_SERVICE",
        "/api/business/planx, ASSESSMENT_SERVICE",
        "/api/business/plan/x, ASSESSMENT_SERVICE",
        "/ws/sandbox/a-1/terminal, SANDBOX_ORCHESTRATOR",
        "/ws/notifications, NOTIFICATION_SERVICE",
        "/api/public/results/AbCdEfGhIjKlMnOpQrStUv, ASSESSMENT_SERVICE",
        "/api/public/results/AbCdEfGhIjKlMnOpQrStUv/card.png, ASSESSMENT_SERVICE",
        "/api/public/badges/AbCdEfGhIjKlMnOpQrStUv.svg, ASSESSMENT_SERVICE",
        "/r/AbCdEfGhIjKlMnOpQrStUv, ASSESSMENT_SERVICE",
        "/r/unknown/extra, ASSESSMENT_SERVICE",
        "/.well-known/skills-lab-keys.json, ASSESSMENT_SERVICE"
    })
    void each_path_goes_to_the_service_that_owns_it(String path, Upstream upstream) {
        assertThat(RouteTable.route(path)).contains(upstream);
    }

    @ParameterizedTest
    @CsvSource({
        "/internal/tasks/t-1/bundle",
        "/api/auth/me",
        "/q/health",
        "/api/admin/assessmentsx",
        "/api/admin",
        "/api/business/plan",
        "/api/admin/users/u-1/plan",
        "/api/public",
        "/api/public/other",
        "/results/r-1",
        "/rx/AbCd",
        "/.well-known/openid-configuration",
        "/.well-known/skills-lab-keysXjson",
        // The files of the personal export reach the sandbox only through GET /api/me/export.
        "/api/sandbox/export",
        "/api/sandbox"
    })
    void internal_and_gateway_paths_are_not_routed(String path) {
        assertThat(RouteTable.route(path)).isEqualTo(Optional.empty());
    }
}

package ai.smartsuccess.skillslab.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a path. Order matters: the sandbox owns an assessment's files and runs (and their stop),
 * assessment-service the rest of {@code /api/assessments}; notification-service owns a business's webhooks,
 * assessment-service the rest of {@code /api/business} but its plan, which the gateway answers. {@code /internal/**} is never routed.
 * Public results ({@code /r/**}, {@code /api/public/**}, {@code /.well-known/skills-lab-keys.json}) need no sign-in:
 * assessment-service answers them, never the web app's fallback page.
 */
public final class RouteTable {

    private record Rule(Pattern pattern, Upstream upstream) {}

    /** Paths under a routed prefix that the gateway answers itself: the plan of a business (its profile is here). */
    private static final Pattern GATEWAY_OWN = Pattern.compile("^/api/business/plan$");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^/api/tasks(/.*)?$"), Upstream.TASK_SERVICE),
            new Rule(
                    Pattern.compile("^/api/assessments/[^/]+/(files(/.*)?|run(/stop)?)$"),
                    Upstream.SANDBOX_ORCHESTRATOR),
            new Rule(Pattern.compile("^/api/business/webhooks(/.*)?$"), Upstream.NOTIFICATION_SERVICE),
            new Rule(
                    Pattern.compile("^/api/(assessments|ai|invitations|business|keys)(/.*)?$"),
                    Upstream.ASSESSMENT_SERVICE),
            new Rule(Pattern.compile("^/api/admin/assessments(/.*)?$"), Upstream.ASSESSMENT_SERVICE),
            // Published results, read without signing in: the signed JSON, badge and card, the page and its keys.
            new Rule(Pattern.compile("^/api/public/(results|badges)(/.*)?$"), Upstream.ASSESSMENT_SERVICE),
            new Rule(Pattern.compile("^/r(/.*)?$"), Upstream.ASSESSMENT_SERVICE),
            new Rule(Pattern.compile("^/\\.well-known/skills-lab-keys\\.json$"), Upstream.ASSESSMENT_SERVICE),
            new Rule(Pattern.compile("^/api/admin/scoring(/.*)?$"), Upstream.SCORING_SERVICE),
            new Rule(Pattern.compile("^/api/notifications(/.*)?$"), Upstream.NOTIFICATION_SERVICE),
            new Rule(Pattern.compile("^/ws/sandbox/[^/]+/terminal$"), Upstream.SANDBOX_ORCHESTRATOR),
            new Rule(Pattern.compile("^/ws/notifications$"), Upstream.NOTIFICATION_SERVICE));

    /**
     * Routed requests a service answers without a token: published results and their keys, and an invitation as its
     * link shows it. Every other routed request needs one, and the gateway refuses it without one before its body is
     * read (the service checks the token again).
     */
    private static final Pattern PUBLIC =
            Pattern.compile("^(/api/public/(results|badges)(/.*)?|/r(/.*)?|/\\.well-known/skills-lab-keys\\.json)$");

    private static final Pattern INVITATION_ACCESS = Pattern.compile("^/api/invitations/access/[^/]+$");

    /** Whether a routed request may come without a token. */
    public static boolean isPublic(String method, String path) {
        return PUBLIC.matcher(path).matches()
                || (("GET".equals(method) || "HEAD".equals(method))
                        && INVITATION_ACCESS.matcher(path).matches());
    }

    /** The owner of a normalized path, or empty when the gateway answers it itself (or nobody does). */
    public static Optional<Upstream> route(String path) {
        if (GATEWAY_OWN.matcher(path).matches()) {
            return Optional.empty();
        }
        return RULES.stream()
                .filter(rule -> rule.pattern().matcher(path).matches())
                .map(Rule::upstream)
                .findFirst();
    }

    /**
     * Paths that try to smuggle separators or dot segments past routing in encoded form ({@code %2f}, {@code %2e},
     * {@code %5c}) are refused outright: what the gateway routes must be what the service sees.
     */
    public static boolean isSuspicious(String rawPath) {
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("%2f") || lower.contains("%2e") || lower.contains("%5c") || lower.contains("%00");
    }

    private RouteTable() {}
}

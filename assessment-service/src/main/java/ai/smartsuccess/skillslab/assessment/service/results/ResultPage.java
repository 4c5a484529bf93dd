package ai.smartsuccess.skillslab.assessment.service.results;

import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.PublicResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Locale;

/**
 * The public result page ({@code templates/ResultPage/}): server-rendered HTML with OpenGraph and Twitter card tags,
 * self-contained CSS and no script. The {@code .html} templates escape every expression.
 */
public final class ResultPage {

    /** One category row of the page. */
    public record Category(String label, String score, long width) {}

    /**
     * What the page shows. Links and preview images are absolute (they leave the page: shared, crawled); the badge the
     * page itself loads is a path, so that the content security policy's {@code img-src 'self'} allows it whichever
     * host name the reader used.
     */
    public record Model(
            PublicResult result,
            String pageUrl,
            String imageUrl,
            String jsonUrl,
            String badgePath,
            String keysUrl,
            String title,
            String description,
            String score,
            String level,
            List<Category> categories) {}

    @CheckedTemplate(basePath = "ResultPage")
    static final class Templates {
        static native TemplateInstance page(Model m);

        static native TemplateInstance notFound(String homeUrl);

        private Templates() {}
    }

    public static String page(PublicResult r, String baseUrl) {
        String page = baseUrl + "/r/" + r.shareId();
        String score = String.format(Locale.ROOT, "%.1f", r.finalScore());
        String level = r.level() == null ? "" : ResultBadge.capitalized(r.level());
        String title = r.name() + " · " + r.taskTitle() + " · " + score + " (" + level + ")";
        String description = (r.verified() ? "Verified Skills Lab result: " : "Score issued by Skills Lab: ") + score
                + "/100, " + level + " on \"" + r.taskTitle() + "\""
                + (r.completedAt() == null ? "." : ", completed " + r.completedAt() + ".");
        List<Category> categories = r.categoryScores().entrySet().stream()
                .map(e -> new Category(
                        ResultCard.label(e.getKey()),
                        String.format(Locale.ROOT, "%.1f", e.getValue()),
                        Math.round(Math.max(0, Math.min(100, e.getValue())))))
                .toList();
        return Templates.page(new Model(
                        r,
                        page,
                        baseUrl + "/api/public/results/" + r.shareId() + "/card.png",
                        baseUrl + "/api/public/results/" + r.shareId(),
                        "/api/public/badges/" + r.shareId() + ".svg",
                        baseUrl + "/.well-known/skills-lab-keys.json",
                        title,
                        description,
                        score,
                        level,
                        categories))
                .render();
    }

    public static String notFound(String baseUrl) {
        return Templates.notFound(baseUrl + "/").render();
    }

    private ResultPage() {}
}

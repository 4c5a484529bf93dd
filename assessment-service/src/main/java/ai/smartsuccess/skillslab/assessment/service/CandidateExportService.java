package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.repository.CandidateRepository;
import ai.smartsuccess.skillslab.assessment.service.CandidateViews.Candidate;
import ai.smartsuccess.skillslab.contracts.evaluation.DefaultEvaluation;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The business's candidate list as a CSV file: the same rows and filters as the list, every page, one row per
 * candidate. UTF-8 with a byte order mark (so that Excel reads names in any language; other readers skip it), CRLF
 * records, RFC 4180 quoting, formula-looking cells neutralised (see {@link CsvWriter}).
 */
@ApplicationScoped
public class CandidateExportService {

    public static final String FORMAT_CSV = "csv";

    /** A file, its name and its text. */
    public record Export(String fileName, String text) {}

    private final CandidateRepository candidates;

    CandidateExportService(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    /** {@code csv}, the only format so far (also when absent); anything else is 400 naming {@code format}. */
    public static String checkFormat(String format) {
        if (format == null
                || format.isBlank()
                || FORMAT_CSV.equals(format.strip().toLowerCase(Locale.ROOT))) {
            return FORMAT_CSV;
        }
        throw new InvalidInputException("format", "must be csv");
    }

    public Uni<Export> csv(Caller caller, CandidateQuery query) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return candidates.all(caller.subject(), query, now).map(rows -> {
            String name = "candidates-"
                    + (query.taskId() == null ? "all-tasks" : query.taskId().toString())
                    + "-" + now.toLocalDate() + ".csv";
            return new Export(name, CsvWriter.BYTE_ORDER_MARK + write(rows));
        });
    }

    static String write(List<Candidate> rows) {
        List<String> categories = categories(rows);
        List<Object> header = new ArrayList<>(List.of(
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
                "level"));
        categories.forEach(category -> header.add("category:" + category));
        header.addAll(List.of("submittedAt", "timeSpentSeconds", "prompts", "aiCodeShare", "integrityFlags"));
        CsvWriter csv = new CsvWriter().row(header);
        for (Candidate c : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(c.assessmentId());
            cells.add(c.invitationId());
            cells.add(c.name());
            cells.add(c.email());
            cells.add(c.taskId());
            cells.add(c.taskTitle());
            cells.add(c.status());
            cells.add(c.stage());
            cells.add(c.rating());
            cells.add(c.finalScore());
            cells.add(c.level());
            categories.forEach(category -> cells.add(
                    c.categoryScores() == null ? null : c.categoryScores().get(category)));
            cells.add(c.submittedAt());
            cells.add(c.timeSpentSeconds());
            cells.add(c.aiUsage() == null ? null : c.aiUsage().prompts());
            cells.add(c.aiUsage() == null ? null : c.aiUsage().aiCodeShare());
            cells.add(c.integrityFlags() == null ? null : String.join(";", c.integrityFlags()));
            csv.row(cells);
        }
        return csv.toString();
    }

    /** The built-in categories in their report order, then any custom ones of the rows, sorted. */
    private static List<String> categories(List<Candidate> rows) {
        List<String> categories = new ArrayList<>(DefaultEvaluation.CATEGORIES.keySet());
        TreeSet<String> custom = new TreeSet<>();
        rows.stream()
                .filter(c -> c.categoryScores() != null)
                .forEach(c -> c.categoryScores().keySet().stream()
                        .filter(key -> !categories.contains(key))
                        .forEach(custom::add));
        categories.addAll(custom);
        return categories;
    }
}

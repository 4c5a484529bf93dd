package ai.smartsuccess.skillslab.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.scoring.calibration.CalibrationSet.Session;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.FeedbackClaims;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled calibration set (issue 12): every script under {@code calibration/sessions} replayed for real and
 * scored evidence-only, against the bands and orderings written down in {@code expectations.json} before scoring.
 * The full report goes to {@code target/calibration-report.txt} and standard output, whether the targets are met or
 * not.
 */
class CalibrationSetTest {

    static final Path REPORT_FILE = Path.of("target", "calibration-report.txt");

    static CalibrationSet set;
    static CalibrationReport report;

    @BeforeAll
    static void replayAndScoreTheSet() throws IOException {
        set = CalibrationSet.load(
                TaskCatalog.load(), new CommandRunner(Path.of("target", "calibration-runs")), Engines.evidenceOnly());
        report = new CalibrationReport(set);
        String text = report.render();
        Files.createDirectories(REPORT_FILE.getParent());
        Files.writeString(REPORT_FILE, text);
        System.out.println(text);
        System.out.println("(written to " + REPORT_FILE.toAbsolutePath() + ")");
    }

    @Test
    void the_set_has_at_least_40_sessions_over_5_tasks_and_every_archetype_of_each_full_task() {
        assertThat(set.sessions().size() + set.problems().size())
                .as("sessions in the set (scored or not)")
                .isGreaterThanOrEqualTo(40);
        Map<String, List<Session>> byTask = set.byTask();
        assertThat(byTask.keySet()).as("tasks with a scored session").hasSizeGreaterThanOrEqualTo(5);
        byTask.forEach((task, sessions) -> {
            List<String> missing = report.missingArchetypes(sessions);
            if (sessions.size() >= 8) {
                assertThat(missing).as("archetypes missing from " + task).isEmpty();
            } else if (!missing.isEmpty()) {
                System.out.println("WARNING: " + task + " has " + sessions.size()
                        + " sessions; archetypes not covered yet: " + missing);
            }
        });
    }

    @Test
    void every_script_replays_and_does_what_its_archetype_says() {
        assertThat(set.problems()).as("problems with the scripts").isEmpty();
    }

    @Test
    void doing_nothing_scores_below_20() {
        assertTarget(report.target(0));
    }

    @Test
    void doing_nothing_or_not_solving_it_scores_below_40() {
        assertTarget(report.target(1));
    }

    @Test
    void solving_it_well_scores_at_least_55() {
        assertTarget(report.target(2));
    }

    @Test
    void the_scores_agree_with_at_least_90_percent_of_the_expected_orderings() {
        assertTarget(report.target(3));
    }

    @Test
    void every_strength_and_improvement_agrees_with_the_metrics_beside_it() {
        for (Session session : set.sessions()) {
            assertThat(FeedbackClaims.violations(session.report()))
                    .as(session.name())
                    .isEmpty();
            if (session.twinReport() != null) {
                assertThat(FeedbackClaims.violations(session.twinReport()))
                        .as(session.name() + " (twin)")
                        .isEmpty();
            }
        }
    }

    @Test
    void unsolved_work_is_below_operator_and_well_below_the_solved_work_of_the_same_task() {
        set.byTask().forEach((task, sessions) -> {
            for (Session unsolved : sessions) {
                if (!unsolved.group().equals("unsolved") && !unsolved.group().equals("nothing")) {
                    continue;
                }
                assertThat(unsolved.report().proficiencyLevel())
                        .as(unsolved.name())
                        .isEqualTo("explorer");
                sessions.stream()
                        .filter(s -> s.group().equals("solved-well"))
                        .forEach(solved -> assertThat(solved.score() - unsolved.score())
                                .as(solved.name() + " against " + unsolved.name())
                                .isGreaterThanOrEqualTo(20));
            }
        });
    }

    private static void assertTarget(CalibrationReport.Target target) {
        assertThat(target.passed()).as(target.name() + ": " + target.detail()).isTrue();
    }
}

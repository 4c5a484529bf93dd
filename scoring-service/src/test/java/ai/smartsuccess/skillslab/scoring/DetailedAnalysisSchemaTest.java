package ai.smartsuccess.skillslab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomCategory;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.CustomSubitem;
import ai.smartsuccess.skillslab.contracts.events.HiddenTestResults;
import ai.smartsuccess.skillslab.contracts.report.DetailedAnalysis;
import ai.smartsuccess.skillslab.scoring.service.ScoreReport;
import ai.smartsuccess.skillslab.scoring.service.ScoringEngine;
import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemResult;
import ai.smartsuccess.skillslab.scoring.service.judge.CategoryJudge;
import ai.smartsuccess.skillslab.scoring.service.judge.JudgeVerdict;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import ai.smartsuccess.skillslab.scoring.support.Corpus;
import ai.smartsuccess.skillslab.scoring.support.Engines;
import ai.smartsuccess.skillslab.scoring.support.SessionFixture;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's {@code detailedAnalysis} is a free-form map on the event; the services' OpenAPI documents describe it
 * with the contract's {@link DetailedAnalysis} records, which the web app's types are generated from. Every report the
 * engine writes here (each corpus session, a custom category, a judged session, a hidden run that was interfered
 * with) must read into those records strictly: a member the engine starts writing fails this test until the records
 * describe it.
 */
class DetailedAnalysisSchemaTest {

    private static final ObjectMapper WRITER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ScoringEngine engine = Engines.evidenceOnly();

    @Test
    void every_corpus_report_reads_into_the_described_shape() {
        for (String name : Corpus.SESSIONS) {
            assertDescribed(name, engine.score(Corpus.load(name).input()));
        }
    }

    @Test
    void a_custom_category_and_an_interfered_hidden_run_read_into_it() throws Exception {
        SessionFixture custom = Corpus.load("edge-case-tester");
        custom.evaluationConfig = new EvaluationConfig(
                null,
                null,
                null,
                List.of(new CustomCategory(
                        "reliability",
                        "Reliability",
                        "Does it hold up?",
                        List.of(
                                new CustomSubitem("defensive_code", "Defensive code", "", "edge_case_handling"),
                                new CustomSubitem("unknown", "Unknown", "", "charisma")))));
        DetailedAnalysis read = assertDescribed("custom", engine.score(custom.input()));
        assertThat(read.categoryAnalysis()
                        .get("reliability")
                        .subitems()
                        .get("defensive_code")
                        .reasoning())
                .as("a custom subitem's analysis is a sentence")
                .startsWith("Scored from");
        assertThat(read.weights().customCategories())
                .extracting(DetailedAnalysis.CategoryNames::name)
                .containsExactly("Reliability");

        SessionFixture flagged = Corpus.load("moderate");
        flagged.hiddenTests = new HiddenTestResults(
                "python-unittest", 3, 3, 0, 900, false, null, List.of(), List.of("framework-patched"));
        DetailedAnalysis interfered = assertDescribed("flagged", engine.score(flagged.input()));
        assertThat(interfered.integrity().hiddenTestFlags()).containsExactly("framework-patched");
        assertThat(interfered.integrity().hiddenTestNote()).isNotBlank();
        assertThat(interfered.testing().hiddenTests().counted()).isFalse();
    }

    @Test
    void a_judged_report_reads_into_it() {
        CategoryJudge judge = new CategoryJudge() {
            @Override
            public String modelId() {
                return "judge:test/fixed";
            }

            @Override
            public JudgeVerdict judge(String category, SessionEvidence session, Map<String, SubitemResult> evidence) {
                Map<String, Double> scores = new LinkedHashMap<>();
                Map<String, String> rationales = new LinkedHashMap<>();
                evidence.keySet().forEach(subitem -> {
                    scores.put(subitem, 55.0);
                    rationales.put(subitem, "Steady work.");
                });
                return new JudgeVerdict(scores, rationales, false, "Fine.");
            }
        };
        DetailedAnalysis read = assertDescribed(
                "judged", Engines.withJudge(judge).score(Corpus.load("moderate").input()));
        assertThat(read.categoryAnalysis().values())
                .anySatisfy(category -> assertThat(category.subitems().values())
                        .anySatisfy(
                                subitem -> assertThat(subitem.judgeRationale()).isEqualTo("Steady work.")));
    }

    private static DetailedAnalysis assertDescribed(String session, ScoreReport report) {
        Map<String, Object> analysis = report.detailedAnalysis();
        assertThat(analysis).as(session).isNotEmpty();
        DetailedAnalysis[] read = new DetailedAnalysis[1];
        assertThatCode(() -> read[0] = STRICT.readValue(WRITER.writeValueAsString(analysis), DetailedAnalysis.class))
                .as("the detailed analysis of %s reads into DetailedAnalysis", session)
                .doesNotThrowAnyException();
        return read[0];
    }
}

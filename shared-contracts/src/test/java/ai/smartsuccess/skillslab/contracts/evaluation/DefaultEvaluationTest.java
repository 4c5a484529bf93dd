package ai.smartsuccess.skillslab.contracts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultEvaluationTest {

    @Test
    void everyTaskTypeWeighsEverySubitemAndEachCategorySumsTo100() {
        assertThat(DefaultEvaluation.taskTypes())
                .containsExactlyInAnyOrder(
                        "bug_fix", "code_generation", "multi_agent", "open_ended", "refactoring", "system_design");
        for (String type : DefaultEvaluation.taskTypes()) {
            Map<String, Map<String, Integer>> weights = DefaultEvaluation.subitemWeights(type);
            assertThat(weights.keySet()).containsExactlyElementsOf(DefaultEvaluation.CATEGORIES.keySet());
            DefaultEvaluation.CATEGORIES.forEach((category, subitems) -> {
                assertThat(weights.get(category).keySet()).containsExactlyElementsOf(subitems);
                assertThat(weights.get(category).values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                        .as("%s / %s", type, category)
                        .isEqualTo(100);
            });
        }
    }

    @Test
    void anUnknownTaskTypeHasNoDefaults() {
        assertThat(DefaultEvaluation.subitemWeights("poetry")).isEmpty();
        assertThat(DefaultEvaluation.subitemWeights(null)).isEmpty();
    }

    @Test
    void levelBandsAreContiguousFrom0To100() {
        List<LevelBand> bands = List.copyOf(DefaultEvaluation.levels().values());
        assertThat(DefaultEvaluation.levels().keySet()).startsWith(DefaultEvaluation.LOWEST_LEVEL);
        assertThat(bands.get(0).min()).isZero();
        assertThat(bands.get(bands.size() - 1).max()).isEqualTo(100);
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).min()).isEqualTo(bands.get(i - 1).max() + 1);
        }
    }
}

package ai.smartsuccess.skillslab.scoring.service.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig;
import ai.smartsuccess.skillslab.contracts.events.EvaluationConfig.LevelBand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelResolverTest {

    static final List<EffectiveConfig.Level> DEFAULT =
            EffectiveConfigResolver.resolve(null, "code_generation").levels();

    @ParameterizedTest
    @CsvSource({
        "0, explorer",
        "39.99, explorer",
        "40, operator",
        "64.99, operator",
        "65, architect",
        "84.7, architect",
        "84.99, architect",
        "85, innovator",
        "100, innovator"
    })
    void every_boundary_of_the_default_bands(double score, String level) {
        assertThat(LevelResolver.resolve(score, DEFAULT)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"12.5, explorer", "39.99, explorer", "40, operator", "64.5, operator", "84.99, architect"})
    void the_designs_bands_without_a_lowest_band_get_one_below_operator(double score, String level) {
        Map<String, LevelBand> design = new LinkedHashMap<>();
        design.put("operator", new LevelBand(40, 64));
        design.put("architect", new LevelBand(65, 84));
        design.put("innovator", new LevelBand(85, 100));
        List<EffectiveConfig.Level> levels = EffectiveConfigResolver.resolve(
                        new EvaluationConfig(null, null, design, null), "bug_fix")
                .levels();
        assertThat(LevelResolver.resolve(score, levels)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"49.99, junior", "50, senior", "100, senior"})
    void custom_band_names_are_honoured(double score, String level) {
        Map<String, LevelBand> custom = Map.of("junior", new LevelBand(0, 49), "senior", new LevelBand(50, 100));
        List<EffectiveConfig.Level> levels = EffectiveConfigResolver.resolve(
                        new EvaluationConfig(null, null, custom, null), "bug_fix")
                .levels();
        assertThat(LevelResolver.resolve(score, levels)).isEqualTo(level);
    }
}

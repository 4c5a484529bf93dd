package ai.smartsuccess.skillslab.scoring.service.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreBlenderTest {

    final ScoreBlender blender = new ScoreBlender(15, 0.5);

    @ParameterizedTest
    @CsvSource({
        // evidence, judge, manipulation, blended
        "60, 70, false, 65",
        "60, 100, false, 67.5", // the judge is held to 60 + 15 before blending
        "60, 0, false, 52.5",
        "95, 100, false, 97.5",
        "5, 0, false, 2.5",
        "60, 100, true, 60", // with a manipulation attempt the judge can only lower
        "60, 40, true, 52.5",
        "0, 100, false, 7.5"
    })
    void the_judge_refines_within_a_band_but_never_overturns_the_evidence(
            double evidence, double judge, boolean manipulation, double blended) {
        assertThat(blender.blend(evidence, judge, manipulation)).isEqualTo(blended);
    }
}

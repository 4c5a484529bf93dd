package ai.smartsuccess.skillslab.contracts.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void each_plan_allows_what_the_product_sells() {
        assertThat(Plan.FREE.defaultLimits()).isEqualTo(new PlanLimits(1, 20, 1));
        assertThat(Plan.PREMIUM.defaultLimits()).isEqualTo(new PlanLimits(5, 200, 3));
        assertThat(Plan.BUSINESS.defaultLimits()).isEqualTo(new PlanLimits(50, 2000, 25));
    }

    @Test
    void a_plan_is_read_from_its_name_and_nothing_else() {
        assertThat(Plan.of("premium")).contains(Plan.PREMIUM);
        assertThat(Plan.of(" Business ")).contains(Plan.BUSINESS);
        assertThat(Plan.of("gold")).isEmpty();
        assertThat(Plan.of(null)).isEmpty();
        assertThat(Plan.names()).isEqualTo("free, premium, business");
    }

    @Test
    void configuration_overrides_only_the_values_it_sets() {
        assertThat(Plan.FREE.defaultLimits().withOverrides(OptionalInt.of(3), OptionalInt.empty(), OptionalInt.empty()))
                .isEqualTo(new PlanLimits(3, 20, 1));
    }
}

package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The export's size cap: the newest items that fit, the first always. */
class PersonalExportFitTest {

    @Test
    void items_beyond_the_cap_are_left_out_in_order() {
        assertThat(PersonalExportService.fit(List.of("aaaa", "bbbb", "cccc"), String::length, 9))
                .containsExactly("aaaa", "bbbb");
        assertThat(PersonalExportService.fit(List.of("aaaa", "bbbb"), String::length, 8))
                .containsExactly("aaaa", "bbbb");
    }

    @Test
    void the_newest_is_kept_even_when_it_alone_is_over_the_cap() {
        assertThat(PersonalExportService.fit(List.of("aaaaaaaaaa", "b"), String::length, 5))
                .containsExactly("aaaaaaaaaa");
    }
}

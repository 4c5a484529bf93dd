package ai.smartsuccess.skillslab.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.smartsuccess.skillslab.platform.security.Caller;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    private static Caller caller(String name, String given, String family) {
        return new Caller("sub", "a@example.test", name, given, family, Set.of(), null, null, null);
    }

    @Test
    void takes_the_identity_providers_names_as_they_are() {
        PersonName names = PersonName.of(caller("Mary Ann Smith", "Mary Ann", "Smith"));
        assertThat(names).isEqualTo(new PersonName("Mary Ann", "Smith"));
        assertThat(names.display()).isEqualTo("Mary Ann Smith");
    }

    @Test
    void splits_the_display_name_only_when_the_token_has_no_names() {
        assertThat(PersonName.of(caller("Cher", null, null))).isEqualTo(new PersonName("Cher", ""));
        assertThat(PersonName.of(caller("Ada King Lovelace", null, null)))
                .isEqualTo(new PersonName("Ada", "King Lovelace"));
        assertThat(PersonName.of(caller(null, null, "Only")).display()).isEqualTo("Only");
    }
}

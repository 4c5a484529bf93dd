package ai.smartsuccess.skillslab.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void the_account_type_follows_the_realm_roles() {
        assertThat(new Caller("a", Set.of("admin", "business")).userType()).isEqualTo("admin");
        assertThat(new Caller("b", Set.of("business")).userType()).isEqualTo("business");
        assertThat(new Caller("c", Set.of("individual")).userType()).isEqualTo("individual");
        assertThat(new Caller("d", Set.of()).userType()).isEqualTo("individual");
    }

    @Test
    void the_display_name_falls_back_to_the_username_then_to_candidate() {
        assertThat(caller("Ada Lovelace", "ada").displayName()).isEqualTo("Ada Lovelace");
        assertThat(caller(" ", "ada").displayName()).isEqualTo("ada");
        assertThat(caller(null, null).displayName()).isEqualTo("Candidate");
        assertThat(caller(" ", "ada").name()).isEqualTo(" ");
    }

    @Test
    void the_token_is_never_printed() {
        Caller caller =
                new Caller("sub-1", "a@x", true, "A", "a", null, null, Set.of(), null, null, null, "eyJ.secret.token");

        assertThat(caller.bearer()).isEqualTo("Bearer eyJ.secret.token");
        assertThat(caller.toString()).isEqualTo("Caller[sub-1]");
    }

    private static Caller caller(String name, String username) {
        return new Caller("s", "e@x", true, name, username, null, null, Set.of(), null, null, null, "t");
    }
}

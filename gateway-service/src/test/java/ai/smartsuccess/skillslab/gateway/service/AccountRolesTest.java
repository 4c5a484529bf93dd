package ai.smartsuccess.skillslab.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;

/** The gateway's Keycloak client may map any realm role; the gateway itself gives only the account types. */
class AccountRolesTest {

    static final List<RoleRepresentation> AVAILABLE = List.of(
            new RoleRepresentation("individual", null, false),
            new RoleRepresentation("business", null, false),
            new RoleRepresentation("admin", null, false));

    @Test
    void an_account_type_gets_its_own_realm_role() {
        assertThat(AccountService.assignableRole(AVAILABLE, "business").getName())
                .isEqualTo("business");
        assertThat(AccountService.assignableRole(AVAILABLE, "individual").getName())
                .isEqualTo("individual");
    }

    @Test
    void no_other_realm_role_is_ever_given() {
        assertThatThrownBy(() -> AccountService.assignableRole(AVAILABLE, "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountService.assignableRole(AVAILABLE, "service"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

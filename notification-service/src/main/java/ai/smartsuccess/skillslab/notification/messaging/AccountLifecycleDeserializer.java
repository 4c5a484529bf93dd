package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountDeleted;
import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import java.util.Map;

/** {@code account-lifecycle}: forgetting a person needs who they are. */
public class AccountLifecycleDeserializer extends EventDeserializer<AccountLifecycleEvent> {

    public AccountLifecycleDeserializer() {
        super(
                AccountLifecycleEvent.class,
                Map.of(AccountDeleted.TYPE, Readable.of(AccountDeleted.SCHEMA_VERSION, "userId")));
    }
}

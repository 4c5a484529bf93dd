package ai.smartsuccess.skillslab.notification.messaging;

import ai.smartsuccess.skillslab.contracts.events.AccountLifecycleEvent;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class AccountLifecycleDeserializer extends ObjectMapperDeserializer<AccountLifecycleEvent> {

    public AccountLifecycleDeserializer() {
        super(AccountLifecycleEvent.class, EventJson.mapper());
    }
}

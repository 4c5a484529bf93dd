package ai.smartsuccess.skillslab.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code skillslab.audit.relay.enabled}: whether this service keeps an audit outbox and relays it ({@link AuditRelay}).
 * Read at build time, where it decides whether the relay is a bean; declared here so that the key is a known one in
 * the services that switch it on (a service whose own mapping covers {@code skillslab} refuses keys nobody declares;
 * the relay injects this mapping, which declares it).
 */
@ConfigMapping(prefix = "skillslab.audit.relay")
public interface AuditRelaySettings {

    @WithDefault("false")
    boolean enabled();
}

package ai.smartsuccess.skillslab.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "skillslab")
public interface NotificationConfig {

    Web web();

    interface Web {
        /** Where links in emails point. */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }
}

package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.NotificationPreference;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<NotificationPreference, NotificationPreference.Key> {

    public Uni<List<NotificationPreference>> of(String userId) {
        return list("userId", userId);
    }

    public Uni<NotificationPreference> of(String userId, String kind) {
        return find("userId = ?1 and kind = ?2", userId, kind).firstResult();
    }
}

package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.ForgottenUser;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ForgottenUserRepository implements PanacheRepositoryBase<ForgottenUser, String> {

    public Uni<Boolean> isForgotten(String userId) {
        return count("userId", userId).map(n -> n > 0);
    }
}

package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.ApiKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Uni<List<ApiKey>> forUser(String userId) {
        return list("userId", Sort.by("provider"), userId);
    }

    public Uni<ApiKey> find(String userId, String provider) {
        return find("userId = ?1 and provider = ?2", userId, provider).firstResult();
    }

    public Uni<Long> removeAll(String userId) {
        return delete("userId", userId);
    }

    public Uni<Long> remove(String userId, String provider) {
        return delete("userId = ?1 and provider = ?2", userId, provider);
    }
}

package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.ResultShare;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ResultShareRepository implements PanacheRepositoryBase<ResultShare, UUID> {

    public Uni<ResultShare> byShareId(String shareId) {
        return find("shareId", shareId).firstResult();
    }

    /** A deleted account's published results stop being public. */
    public Uni<Long> removeAllOf(String userId) {
        return delete("userId", userId);
    }
}

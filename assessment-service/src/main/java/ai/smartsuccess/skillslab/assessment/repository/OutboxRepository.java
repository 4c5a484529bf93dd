package ai.smartsuccess.skillslab.assessment.repository;

import ai.smartsuccess.skillslab.assessment.model.OutboxMessage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    /** Oldest unsent rows, locked; rows another relay holds are skipped rather than waited for. */
    public Uni<List<OutboxMessage>> lockUnsent(int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select * from assessment.outbox where sent_at is null order by id limit :limit"
                                        + " for update skip locked",
                                OutboxMessage.class)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    public Uni<Long> countUnsent() {
        return count("sentAt is null");
    }
}

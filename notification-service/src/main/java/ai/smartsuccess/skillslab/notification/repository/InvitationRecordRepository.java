package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.InvitationRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class InvitationRecordRepository implements PanacheRepositoryBase<InvitationRecord, UUID> {}

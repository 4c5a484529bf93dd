package ai.smartsuccess.skillslab.task.repository;

import ai.smartsuccess.skillslab.task.model.EvaluationConfigEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class EvaluationConfigRepository implements PanacheRepositoryBase<EvaluationConfigEntity, UUID> {}

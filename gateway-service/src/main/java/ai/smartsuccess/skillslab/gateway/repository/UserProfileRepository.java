package ai.smartsuccess.skillslab.gateway.repository;

import ai.smartsuccess.skillslab.gateway.model.UserProfile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserProfileRepository implements PanacheRepositoryBase<UserProfile, String> {}

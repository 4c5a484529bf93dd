package ai.smartsuccess.skillslab.assessment.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A candidate's own provider key, encrypted; the plain key never leaves the AI proxy. */
@Entity
@Table(name = "api_keys")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public String userId;

    public String provider;

    /** nonce (12 bytes) followed by the AES-GCM ciphertext and tag. */
    @Column(name = "key_encrypted")
    public byte[] keyEncrypted;

    /** The candidate's own OpenAI-compatible server, sealed like the key; null: the platform's endpoint. */
    @Column(name = "base_url_encrypted")
    public byte[] baseUrlEncrypted;

    /** Models the own server serves, one per line; null: none known yet. */
    public String models;

    @Column(name = "key_hint")
    public String keyHint;

    @Column(name = "is_valid")
    public boolean isValid;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public List<String> modelList() {
        return models == null || models.isBlank()
                ? List.of()
                : Arrays.stream(models.split("\n")).filter(m -> !m.isBlank()).toList();
    }

    public boolean hasOwnEndpoint() {
        return baseUrlEncrypted != null;
    }
}

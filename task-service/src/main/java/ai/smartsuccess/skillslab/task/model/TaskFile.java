package ai.smartsuccess.skillslab.task.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A file of a task, its bytes in object storage. */
@Entity
@Table(name = "task_files")
public class TaskFile extends PanacheEntityBase {

    public static final String STARTER = "starter";
    public static final String HIDDEN = "hidden";

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    /** Normalised relative path inside the workspace, with forward slashes. */
    public String path;

    /** {@link #STARTER}: given to the candidate; {@link #HIDDEN}: the hidden test suite, never shown. */
    public String visibility;

    @Column(name = "file_type")
    public String fileType;

    @Column(name = "mime_type")
    public String mimeType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}

package ai.smartsuccess.skillslab.task.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of {@code POST /api/tasks/{id}/publish}. Not a record, for the same reason as {@link TaskInput}:
 * {@code isPublic} left out keeps the task's flag, while {@code "isPublic": null} is a mistake to name.
 */
public final class PublishInput {

    @Schema(hidden = true)
    private boolean isPublicSent;

    private Boolean isPublic;

    public boolean hasIsPublic() {
        return isPublicSent;
    }

    public Boolean isPublic() {
        return isPublic;
    }

    @JsonProperty("isPublic")
    @Schema(description = "Whether everyone may see the task once published; left out, the task's flag is kept")
    public PublishInput setIsPublic(Boolean value) {
        isPublic = value;
        isPublicSent = true;
        return this;
    }
}

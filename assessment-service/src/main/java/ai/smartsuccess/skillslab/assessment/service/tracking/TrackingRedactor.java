package ai.smartsuccess.skillslab.assessment.service.tracking;

import ai.smartsuccess.skillslab.assessment.model.TrackingObject;
import ai.smartsuccess.skillslab.assessment.repository.TrackingObjectRepository;
import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import ai.smartsuccess.skillslab.platform.context.OnContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/** Rewrites a session's tracking objects in S3 without the free text of a deleted account (see TrackingRedaction). */
@ApplicationScoped
public class TrackingRedactor {

    private final TrackingObjectRepository objects;
    private final TrackingObjectStorage storage;
    private final ObjectMapper mapper;

    TrackingRedactor(TrackingObjectRepository objects, TrackingObjectStorage storage, ObjectMapper mapper) {
        this.objects = objects;
        this.storage = storage;
        this.mapper = mapper;
    }

    /** Repeatable: an object already redacted is left as it is. Returns how many objects were rewritten. */
    public Uni<Integer> redact(UUID assessmentId) {
        Executor here = OnContext.current();
        return Panache.withSession(() -> objects.inOrder(assessmentId)).flatMap(found -> rewrite(found, here));
    }

    private Uni<Integer> rewrite(List<TrackingObject> found, Executor here) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (TrackingObject object : found) {
            chain = chain.flatMap(done -> storage.get(object.objectKey)
                    .flatMap(ndjson -> {
                        String redacted = TrackingRedaction.redact(ndjson, mapper);
                        return redacted == null
                                ? Uni.createFrom().item(done)
                                : storage.put(object.objectKey, redacted).replaceWith(done + 1);
                    })
                    .emitOn(here));
        }
        return chain;
    }
}

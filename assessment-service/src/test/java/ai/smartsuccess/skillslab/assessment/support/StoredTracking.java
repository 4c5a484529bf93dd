package ai.smartsuccess.skillslab.assessment.support;

import ai.smartsuccess.skillslab.assessment.model.TrackingObject;
import ai.smartsuccess.skillslab.assessment.storage.TrackingObjectStorage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a session's tracking objects in S3 hold, read the way scoring reads them. */
public final class StoredTracking {

    public static List<String> objectKeys(UUID assessmentId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                            () -> TrackingObject.<TrackingObject>list("assessmentId = ?1 order by seq", assessmentId)))
                    .stream()
                    .map(o -> o.objectKey)
                    .toList();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** Every event of the session, in order. */
    public static List<JsonNode> events(UUID assessmentId) {
        TrackingObjectStorage storage =
                Arc.container().instance(TrackingObjectStorage.class).get();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String key : objectKeys(assessmentId)) {
            String ndjson = storage.get(key).await().atMost(Duration.ofSeconds(60));
            for (String line : ndjson.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        events.add(mapper.readTree(line));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return events;
    }

    private StoredTracking() {}
}

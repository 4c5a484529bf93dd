package ai.smartsuccess.skillslab.sandbox;

import ai.smartsuccess.skillslab.platform.test.ReadinessChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness includes the submissions bucket's check, up with the local storage. */
@QuarkusTest
@QuarkusTestResource(SiblingServices.class)
class HealthResourceTest {

    @Test
    void readiness_includes_the_object_storage_and_it_is_up() {
        ReadinessChecks.awaitUp("object-storage");
    }
}

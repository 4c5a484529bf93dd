package ai.smartsuccess.skillslab.notification;

import ai.smartsuccess.skillslab.platform.test.LivenessCheck;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged notification-service starts and reports itself live. */
@QuarkusIntegrationTest
class LivenessIT extends LivenessCheck {}

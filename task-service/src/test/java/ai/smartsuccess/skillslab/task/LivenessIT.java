package ai.smartsuccess.skillslab.task;

import ai.smartsuccess.skillslab.platform.test.LivenessCheck;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged task-service starts and reports itself live. */
@QuarkusIntegrationTest
class LivenessIT extends LivenessCheck {}

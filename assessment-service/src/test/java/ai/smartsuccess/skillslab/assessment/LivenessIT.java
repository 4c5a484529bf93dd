package ai.smartsuccess.skillslab.assessment;

import ai.smartsuccess.skillslab.platform.test.LivenessCheck;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged assessment-service starts and reports itself live. */
@QuarkusIntegrationTest
class LivenessIT extends LivenessCheck {}

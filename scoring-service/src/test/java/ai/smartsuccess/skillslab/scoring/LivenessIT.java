package ai.smartsuccess.skillslab.scoring;

import ai.smartsuccess.skillslab.platform.test.LivenessCheck;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged scoring-service starts and reports itself live. */
@QuarkusIntegrationTest
class LivenessIT extends LivenessCheck {}

package ai.smartsuccess.skillslab.gateway;

import ai.smartsuccess.skillslab.platform.test.LivenessCheck;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged gateway-service starts and reports itself live. */
@QuarkusIntegrationTest
class LivenessIT extends LivenessCheck {}

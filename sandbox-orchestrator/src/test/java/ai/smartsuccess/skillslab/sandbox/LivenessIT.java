package ai.smartsuccess.skillslab.sandbox;

import ai.smartsuccess.skillslab.platform.test.LivenessCheck;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged sandbox-orchestrator starts and reports itself live. */
@QuarkusIntegrationTest
class LivenessIT extends LivenessCheck {}

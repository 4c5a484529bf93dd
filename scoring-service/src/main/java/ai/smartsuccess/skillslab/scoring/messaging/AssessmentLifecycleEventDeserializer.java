package ai.smartsuccess.skillslab.scoring.messaging;

import ai.smartsuccess.skillslab.platform.messaging.EventDeserializer;

/**
 * The platform's {@link EventDeserializer}, configured like every other by the channel's {@code handled-events}, under a
 * name of this service's own: other services refuse records of {@code assessment-lifecycle} into the same dead-letter
 * topic, and {@link DeadLetterWatcher} fails only the assessments of submissions this service refused.
 */
public class AssessmentLifecycleEventDeserializer extends EventDeserializer {}

package ai.smartsuccess.skillslab.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Events on {@code score-results}, keyed by assessment id. */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "type",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ScoreComputed.class, name = ScoreComputed.TYPE),
    @JsonSubTypes.Type(value = ScoringFailed.class, name = ScoringFailed.TYPE)
})
public sealed interface ScoreResultEvent extends DomainEvent permits ScoreComputed, ScoringFailed {

    java.util.UUID assessmentId();
}

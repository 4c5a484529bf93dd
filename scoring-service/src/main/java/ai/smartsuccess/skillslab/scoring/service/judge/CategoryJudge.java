package ai.smartsuccess.skillslab.scoring.service.judge;

import ai.smartsuccess.skillslab.scoring.service.evaluate.SubitemResult;
import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;
import java.util.Map;

/** An LLM judge of one category at a time. */
public interface CategoryJudge {

    /** For the report, for example {@code judge:openai/gpt-4o-mini}. */
    String modelId();

    /**
     * @param evidence the category's evidence results, shown to the judge as the measured facts
     * @throws JudgeException when no usable verdict could be had (the category then stays evidence-only)
     */
    JudgeVerdict judge(String category, SessionEvidence session, Map<String, SubitemResult> evidence);
}

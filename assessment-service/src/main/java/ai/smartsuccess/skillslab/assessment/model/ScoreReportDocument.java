package ai.smartsuccess.skillslab.assessment.model;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Highlight;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import java.util.List;
import java.util.Map;

/** The report part of a ScoreComputed event, stored as received. */
public record ScoreReportDocument(
        double finalScore,
        String proficiencyLevel,
        Map<String, Double> categoryScores,
        Map<String, Map<String, SubitemScore>> subitemScores,
        List<Feedback> strengths,
        List<Feedback> improvements,
        List<Highlight> aiHighlights,
        Map<String, Object> detailedAnalysis,
        String scoringVersion,
        List<String> scoringModels,
        List<String> failedEvaluators) {}

package ai.smartsuccess.skillslab.scoring.service;

import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Highlight;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.SubitemScore;
import java.util.List;
import java.util.Map;

/** A computed score report: ScoreComputed without its envelope. Same input and version, same report. */
public record ScoreReport(
        String scoringVersion,
        List<String> scoringModels,
        double finalScore,
        String proficiencyLevel,
        Map<String, Double> categoryScores,
        Map<String, Map<String, SubitemScore>> subitemScores,
        List<Feedback> strengths,
        List<Feedback> improvements,
        List<Highlight> aiHighlights,
        Map<String, Object> detailedAnalysis,
        List<String> failedEvaluators) {}

package ai.smartsuccess.skillslab.scoring.service.calculate;

import java.util.List;

/**
 * The level of a rounded final score: the band with the greatest minimum not above it. Bands are contiguous by
 * construction, so a fractional score such as 84.7 cannot fall between two bands (the design's bug).
 */
public final class LevelResolver {

    private LevelResolver() {}

    public static String resolve(double roundedScore, List<EffectiveConfig.Level> levels) {
        String level = levels.get(0).name();
        for (EffectiveConfig.Level candidate : levels) {
            if (candidate.min() <= roundedScore) {
                level = candidate.name();
            }
        }
        return level;
    }
}

package ai.smartsuccess.skillslab.notification.service;

import java.util.Locale;

/** Display names of the proficiency levels. */
final class Levels {

    static String displayName(String level) {
        if (level == null || level.isBlank()) {
            return "Unrated";
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "explorer" -> "AI Explorer";
            case "operator" -> "AI Operator";
            case "architect" -> "AI Architect";
            case "innovator" -> "AI Innovator";
            default -> Character.toUpperCase(level.charAt(0)) + level.substring(1);
        };
    }

    private Levels() {}
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the candidate was given in writing (task description and starter README): used to tell the candidate's own
 * words from text copied out of the task, and to find which requirements they restated.
 */
public final class TaskVocabulary {

    static final int SHINGLE = 5;
    private static final int MAX_KEY_TERMS = 20;

    private final String givenTextLower;
    private final Set<String> shingles;
    private final Set<String> descriptionShingles;
    private final List<String> keyTerms;

    public TaskVocabulary(String description, String readme) {
        String given = (description == null ? "" : description) + "\n" + (readme == null ? "" : readme);
        this.givenTextLower = Words.normalizeSpaces(given.toLowerCase(Locale.ROOT));
        this.shingles = new HashSet<>(Words.shingles(Words.tokens(given), SHINGLE));
        this.descriptionShingles = new HashSet<>(Words.shingles(Words.tokens(description), SHINGLE));
        this.keyTerms = keyTerms(description == null ? "" : description);
    }

    /** Whether a sentence was copied from the task: most of its 5-word runs occur there, or all of it when short. */
    public boolean copied(String sentence) {
        List<String> tokens = Words.tokens(sentence);
        if (tokens.isEmpty()) {
            return false;
        }
        if (tokens.size() < SHINGLE) {
            return givenTextLower.contains(String.join(" ", tokens));
        }
        List<String> own = Words.shingles(tokens, SHINGLE);
        long inTask = own.stream().filter(shingles::contains).count();
        return inTask * 2 >= own.size();
    }

    /** Share of the task description's 5-word runs that a text reproduces (a whole-task paste reproduces most). */
    public double coverageOf(String text) {
        if (descriptionShingles.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>(Words.shingles(Words.tokens(text), SHINGLE));
        present.retainAll(descriptionShingles);
        return (double) present.size() / descriptionShingles.size();
    }

    /** Distinct content words of the requirements, in order of first appearance. */
    public List<String> keyTerms() {
        return keyTerms;
    }

    private static List<String> keyTerms(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        int start = lower.indexOf("requirements");
        String section = start >= 0 ? description.substring(start) : description;
        int end = section.toLowerCase(Locale.ROOT).indexOf("\n## ", 5);
        if (end > 0) {
            section = section.substring(0, end);
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String token : Words.tokens(section)) {
            String stem = Words.stem(token);
            if (stem.length() >= 4
                    && !Words.STOPWORDS.contains(stem)
                    && !token.chars().allMatch(Character::isDigit)) {
                terms.add(stem);
            }
            if (terms.size() >= MAX_KEY_TERMS) {
                break;
            }
        }
        terms.remove("requirement");
        return new ArrayList<>(terms);
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/**
 * Which prompts repeat an earlier one.
 *
 * @param maxSimilarity per prompt, its highest similarity to any earlier prompt (0 for the first)
 * @param repeats per prompt, the earlier prompt it repeats, or -1
 * @param embedded how many prompts needed the embedding model (the rest were decided lexically)
 */
public record Repetition(List<Double> maxSimilarity, List<Integer> repeats, int embedded) {

    public boolean duplicate(int index) {
        return index >= 0 && index < repeats.size() && repeats.get(index) >= 0;
    }

    public int duplicates() {
        return (int) repeats.stream().filter(r -> r >= 0).count();
    }

    /** Share of follow-up prompts that repeat an earlier one. */
    public double rate() {
        return repeats.size() <= 1 ? 0 : (double) duplicates() / (repeats.size() - 1);
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-identical prompts. Words settle the clear cases: almost the same characters is a repeat, and prompts sharing
 * hardly any content words are not; the sentence-embedding model decides the rest, where rephrasing can hide a
 * repeat. Running the model only where words alone cannot tell keeps a session's scoring fast.
 */
public final class RepetitionDetector {

    /** Trigram Dice at or above this: the same prompt, lightly edited. */
    static final double LEXICAL_DUPLICATE = 0.85;
    /** Content-word Jaccard below this: different requests, whatever the model would say. */
    static final double CONTENT_DISTINCT = 0.25;
    /** Embedding cosine at or above this: the same request in other words. */
    static final double SEMANTIC_DUPLICATE = 0.88;

    private final SentenceEmbedder embedder;

    public RepetitionDetector(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public Repetition detect(List<AiExchange> exchanges) {
        int n = exchanges.size();
        List<String> texts = new ArrayList<>(n);
        List<Set<String>> grams = new ArrayList<>(n);
        List<Set<String>> words = new ArrayList<>(n);
        for (AiExchange exchange : exchanges) {
            String text = exchange.text().similarityText();
            if (text.isBlank()) {
                text = exchange.text().raw().trim();
            }
            texts.add(text);
            grams.add(trigrams(text));
            words.add(contentWords(text));
        }
        double[][] lexical = new double[n][];
        boolean[][] ambiguous = new boolean[n][];
        Set<Integer> needModel = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            lexical[i] = new double[i];
            ambiguous[i] = new boolean[i];
            for (int j = 0; j < i; j++) {
                lexical[i][j] = dice(grams.get(i), grams.get(j));
                if (lexical[i][j] < LEXICAL_DUPLICATE && jaccard(words.get(i), words.get(j)) >= CONTENT_DISTINCT) {
                    ambiguous[i][j] = true;
                    needModel.add(i);
                    needModel.add(j);
                }
            }
        }
        Map<Integer, float[]> vectors = new HashMap<>();
        if (!needModel.isEmpty()) {
            List<Integer> order = new ArrayList<>(needModel);
            List<float[]> embedded =
                    embedder.embed(order.stream().map(texts::get).toList());
            for (int k = 0; k < order.size(); k++) {
                vectors.put(order.get(k), embedded.get(k));
            }
        }
        List<Double> max = new ArrayList<>(n);
        List<Integer> repeats = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double best = 0;
            int repeatOf = -1;
            for (int j = 0; j < i; j++) {
                double lex = lexical[i][j];
                double similarity;
                boolean duplicate;
                if (lex >= LEXICAL_DUPLICATE) {
                    similarity = lex;
                    duplicate = true;
                } else if (!ambiguous[i][j]) {
                    similarity = lex;
                    duplicate = false;
                } else {
                    similarity = SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
                    duplicate = similarity >= SEMANTIC_DUPLICATE;
                }
                if (duplicate && repeatOf < 0) {
                    repeatOf = j;
                }
                best = Math.max(best, similarity);
            }
            max.add(Math.round(best * 1000) / 1000.0);
            repeats.add(repeatOf);
        }
        return new Repetition(max, repeats, vectors.size());
    }

    static Set<String> trigrams(String text) {
        String normalized = " " + Words.normalizeSpaces(text.toLowerCase(Locale.ROOT)) + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= normalized.length(); i++) {
            grams.add(normalized.substring(i, i + 3));
        }
        return grams;
    }

    /** Stemmed words of three or more letters that are not function words. */
    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String token : Words.tokens(text)) {
            String stem = Words.stem(token.replace("'", ""));
            if (stem.length() >= 3 && !Words.STOPWORDS.contains(stem) && !FUNCTION_WORDS.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "you", "can", "how", "why", "are", "was", "not", "but", "all", "any", "now", "its", "it", "doe", "dont",
            "doesnt", "isnt", "let", "get", "got", "use", "one", "too", "also", "out", "our", "may", "might", "has");

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String gram : small) {
            if (large.contains(gram)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}

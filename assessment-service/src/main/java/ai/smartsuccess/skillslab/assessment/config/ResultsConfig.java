package ai.smartsuccess.skillslab.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Public results: the key that signs them and the cache of their rendered cards. */
@ConfigMapping(prefix = "skillslab.results")
public interface ResultsConfig {

    /**
     * The Ed25519 private key that signs public results, base64 of its PKCS#8 encoding ({@code openssl genpkey
     * -algorithm ed25519 -outform DER | base64 -w0}). Required outside dev and test: the start fails without it. The
     * key id published at {@code /.well-known/skills-lab-keys.json} is derived from its public key.
     */
    Optional<String> signingKey();

    /** How many rendered OpenGraph cards are kept in memory (by share and score revision). */
    @WithDefault("200")
    int cardCacheSize();
}

package ai.smartsuccess.skillslab.assessment.service.ai.keys;

/**
 * Where and with which key a provider is called for one request.
 *
 * @param ownKey whether the key is the candidate's own (BYOK) rather than the platform's
 */
public record ProviderAccess(String baseUrl, String apiKey, boolean ownKey) {

    static final ProviderAccess NONE = new ProviderAccess(null, null, false);

    @Override
    public String toString() {
        // Never print the key.
        return "ProviderAccess[" + baseUrl + ", ownKey=" + ownKey + "]";
    }
}

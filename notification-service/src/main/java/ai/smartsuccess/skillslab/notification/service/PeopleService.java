package ai.smartsuccess.skillslab.notification.service;

import ai.smartsuccess.skillslab.notification.repository.PersonRepository;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Learns where to email a person without asking another service: from their own access token whenever they call this
 * service (the web app does on every page, for the notification bell), the address only when the identity provider
 * verified it. Forgotten (deleted) accounts are never learnt again.
 */
@ApplicationScoped
public class PeopleService {

    private static final Logger LOG = Logger.getLogger(PeopleService.class);

    private final PersonRepository people;

    PeopleService(PersonRepository people) {
        this.people = people;
    }

    /** Never fails the caller's request: a lost update is learnt again on the next call. */
    public Uni<Void> learn(Caller caller) {
        String email = caller.emailVerified()
                        && caller.email() != null
                        && !caller.email().isBlank()
                ? caller.email().strip()
                : null;
        String name = blankToNull(caller.name());
        return people.learn(caller.subject(), email, name, blankToNull(caller.companyName()))
                .onFailure()
                .invoke(e -> LOG.warnf("what the token says of %s was not kept: %s", caller.subject(), e.toString()))
                .onFailure()
                .recoverWithNull();
    }

    /** The name and company a business sends invitations under (never an address: the event has none). */
    public Uni<Void> learnSender(String userId, String name, String companyName) {
        if (userId == null || userId.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return people.learn(userId, null, blankToNull(name), blankToNull(companyName));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.repository.CandidateRepository;
import ai.smartsuccess.skillslab.assessment.service.CandidateViews.CandidatePage;
import ai.smartsuccess.skillslab.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A business's candidates: everyone who took or was invited to one of its own tasks, with their latest status and
 * score. Only the caller's tasks count (the creator id stored with each assessment and invitation), so another
 * business sees none of them.
 */
@ApplicationScoped
public class CandidateListService {

    private final CandidateRepository candidates;

    CandidateListService(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    public Uni<CandidatePage> list(Caller caller, CandidateQuery query) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return candidates
                .count(caller.subject(), query, now)
                .flatMap(total ->
                        candidates.page(caller.subject(), query, now).map(page -> new CandidatePage(page, total)));
    }
}

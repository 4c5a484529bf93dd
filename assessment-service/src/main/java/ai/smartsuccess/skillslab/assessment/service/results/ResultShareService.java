package ai.smartsuccess.skillslab.assessment.service.results;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.NameDisplay;
import ai.smartsuccess.skillslab.assessment.model.ResultShare;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.model.ScoreReportDocument;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.repository.ResultShareRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.PublicResult;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.ResultSignature;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.Share;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.Shared;
import ai.smartsuccess.skillslab.assessment.service.results.ResultViews.SignedResult;
import ai.smartsuccess.skillslab.contracts.events.ScoreComputed.Feedback;
import ai.smartsuccess.skillslab.platform.error.ConflictException;
import ai.smartsuccess.skillslab.platform.error.ForbiddenException;
import ai.smartsuccess.skillslab.platform.error.InvalidInputException;
import ai.smartsuccess.skillslab.platform.error.NotFoundException;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Public results: the owner of a scored attempt publishes it (and takes it back); anyone with its share id reads the
 * signed claim. Everything public is built from the share row and the stored score, nothing else.
 */
@ApplicationScoped
public class ResultShareService {

    public static final String ISSUER = "Skills Lab";

    /** 128 bits, URL-safe base64 without padding. */
    private static final Pattern SHARE_ID = Pattern.compile("^[A-Za-z0-9_-]{22}$");

    private static final int MAX_STRENGTHS = 3;
    private static final int MAX_STRENGTH_CHARS = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A published result as the public endpoints render it; {@code revision} changes whenever what they show does. */
    public record Published(PublicResult result, String revision) {}

    private final AssessmentRepository assessments;
    private final ScoreRepository scores;
    private final InvitationRepository invitations;
    private final ResultShareRepository shares;
    private final ResultSigner signer;
    private final ObjectMapper mapper;
    private final String base;

    ResultShareService(
            AssessmentRepository assessments,
            ScoreRepository scores,
            InvitationRepository invitations,
            ResultShareRepository shares,
            ResultSigner signer,
            ObjectMapper mapper,
            AssessmentConfig config) {
        this.assessments = assessments;
        this.scores = scores;
        this.invitations = invitations;
        this.shares = shares;
        this.signer = signer;
        this.mapper = mapper;
        String configured = config.web().baseUrl();
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The web app's public address, for absolute links (OpenGraph wants them). */
    public String baseUrl() {
        return base;
    }

    public String pageUrl(String shareId) {
        return base + "/r/" + shareId;
    }

    /**
     * Publishes the owner's scored attempt, or re-publishes it with a new name choice (the share id stays). The name is
     * taken from the caller's token now.
     */
    public Uni<Shared> share(Caller caller, UUID assessmentId, String nameDisplay) {
        NameDisplay display = NameDisplay.of(nameDisplay)
                .orElseThrow(() -> new InvalidInputException("nameDisplay", "must be full, initials or hidden"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String name = display.apply(caller.givenName(), caller.familyName(), caller.name());
        return Panache.withTransaction(() -> shareable(caller, assessmentId)
                .call(a -> scores.findById(a.id).invoke(score -> {
                    if (score == null) {
                        throw new ConflictException("not-scored", "This attempt has no score yet to share.");
                    }
                }))
                .flatMap(a -> shares.findById(a.id).flatMap(existing -> {
                    if (existing != null) {
                        existing.rename(display, name, now);
                        return Uni.createFrom().item(new Shared(false, view(existing)));
                    }
                    ResultShare share = new ResultShare();
                    share.assessmentId = a.id;
                    share.shareId = newShareId();
                    share.userId = caller.subject();
                    share.nameDisplay = display.value();
                    share.displayName = name;
                    share.sharedAt = now;
                    share.updatedAt = now;
                    return shares.persist(share).map(saved -> new Shared(true, view(share)));
                })));
    }

    /** The owner's current share; 404 when not shared, 403 when the invitation does not allow sharing. */
    @WithSession
    public Uni<Share> current(Caller caller, UUID assessmentId) {
        return shareable(caller, assessmentId)
                .flatMap(a -> shares.findById(a.id))
                .map(share -> {
                    if (share == null) {
                        throw new NotFoundException("This result is not shared.");
                    }
                    return view(share);
                });
    }

    /** Takes the result back: its public URLs answer 404 from now on. Revoking an unshared result changes nothing. */
    public Uni<Void> revoke(Caller caller, UUID assessmentId) {
        return Panache.withTransaction(() -> owned(caller, assessmentId)
                .flatMap(a -> shares.delete("assessmentId", a.id))
                .replaceWithVoid());
    }

    /** The public result behind a share id; 404 for an unknown or revoked one. */
    @WithSession
    public Uni<Published> published(String shareId) {
        if (shareId == null || !SHARE_ID.matcher(shareId).matches()) {
            return Uni.createFrom().failure(gone());
        }
        return shares.byShareId(shareId).flatMap(share -> {
            if (share == null) {
                return Uni.createFrom().failure(gone());
            }
            return assessments
                    .findById(share.assessmentId)
                    .flatMap(a -> scores.findById(share.assessmentId).map(score -> {
                        if (a == null || score == null || a.erasureRequestedAt != null) {
                            throw gone();
                        }
                        return new Published(
                                result(share, a, score),
                                share.shareId + "-" + score.eventId + "-"
                                        + Integer.toHexString(Objects.hash(share.displayName, share.updatedAt)));
                    }));
        });
    }

    /** The public result with its signature over the canonical JSON of {@code result}. */
    public SignedResult signed(PublicResult result) {
        String canonical = CanonicalJson.write(mapper.valueToTree(result));
        return new SignedResult(result, new ResultSignature("Ed25519", signer.keyId(), signer.sign(canonical)));
    }

    private PublicResult result(ResultShare share, Assessment a, Score score) {
        ScoreReportDocument report = score.report;
        OffsetDateTime completed = a.submittedAt != null ? a.submittedAt : a.scoredAt;
        OffsetDateTime issued = a.scoredAt != null ? a.scoredAt : score.receivedAt;
        Map<String, Double> categories = new TreeMap<>();
        if (report.categoryScores() != null) {
            report.categoryScores().forEach((key, value) -> {
                if (value != null) {
                    categories.put(key, oneDecimal(value));
                }
            });
        }
        return new PublicResult(
                share.shareId,
                share.displayName,
                a.taskSnapshot.title(),
                a.taskSnapshot.difficulty(),
                completed == null
                        ? null
                        : completed
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString(),
                oneDecimal(report.finalScore()),
                report.proficiencyLevel(),
                categories,
                strengths(report.strengths()),
                report.scoringVersion(),
                ResultVerification.verified(report),
                ISSUER,
                issued == null
                        ? null
                        : issued.toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The titles of the first three strengths: their first sentence, never the evidence behind them. */
    static List<String> strengths(List<Feedback> strengths) {
        if (strengths == null) {
            return List.of();
        }
        return strengths.stream()
                .filter(Objects::nonNull)
                .map(Feedback::text)
                .filter(text -> text != null && !text.isBlank())
                .map(ResultShareService::title)
                .limit(MAX_STRENGTHS)
                .toList();
    }

    static String title(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int end = t.indexOf(". ");
        if (end > 0) {
            t = t.substring(0, end + 1);
        }
        return t.length() <= MAX_STRENGTH_CHARS
                ? t
                : t.substring(0, MAX_STRENGTH_CHARS - 1).strip() + "…";
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static String newShareId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Share view(ResultShare share) {
        return new Share(share.shareId, pageUrl(share.shareId), share.nameDisplay, share.sharedAt);
    }

    /** The caller's own attempt; anyone else's is as if it did not exist. */
    private Uni<Assessment> owned(Caller caller, UUID assessmentId) {
        return assessments.findById(assessmentId).map(a -> {
            if (a == null || !a.isOwnedBy(caller.subject())) {
                throw new NotFoundException("Assessment " + assessmentId + " was not found");
            }
            return a;
        });
    }

    /** The caller's own attempt, if it may be shared at all: an invited one only when its invitation allows it. */
    private Uni<Assessment> shareable(Caller caller, UUID assessmentId) {
        return owned(caller, assessmentId).call(a -> {
            if (!a.isInvited()) {
                return Uni.createFrom().voidItem();
            }
            return invitations.findById(a.invitationId).invoke(invitation -> {
                if (invitation == null || !invitation.allowResultSharing) {
                    throw new ForbiddenException(
                            "sharing-not-allowed",
                            "The business that invited you to this assessment did not allow sharing its result.");
                }
            });
        });
    }

    private static NotFoundException gone() {
        return new NotFoundException("No public result here: it was never shared or its owner took it back.");
    }
}

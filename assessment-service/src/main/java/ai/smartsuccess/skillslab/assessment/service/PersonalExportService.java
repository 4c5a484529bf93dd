package ai.smartsuccess.skillslab.assessment.service;

import ai.smartsuccess.skillslab.assessment.config.AssessmentConfig;
import ai.smartsuccess.skillslab.assessment.model.Assessment;
import ai.smartsuccess.skillslab.assessment.model.ChatMessage;
import ai.smartsuccess.skillslab.assessment.model.Invitation;
import ai.smartsuccess.skillslab.assessment.model.Score;
import ai.smartsuccess.skillslab.assessment.repository.AssessmentRepository;
import ai.smartsuccess.skillslab.assessment.repository.ChatMessageRepository;
import ai.smartsuccess.skillslab.assessment.repository.InvitationRepository;
import ai.smartsuccess.skillslab.assessment.repository.ScoreRepository;
import ai.smartsuccess.skillslab.assessment.service.AssessmentViews.Detail;
import ai.smartsuccess.skillslab.assessment.service.PersonalExportViews.PersonalExport;
import ai.smartsuccess.skillslab.assessment.service.PersonalExportViews.ReceivedInvitation;
import ai.smartsuccess.skillslab.platform.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's copy of what this service holds about them: every assessment they took as they see it themselves (notes,
 * chat, score report without what only the task's owner reads: hidden tests' output and flags), and the invitations
 * they received (without their links). Only the caller's own records; nothing of the businesses' reviews.
 */
@ApplicationScoped
public class PersonalExportService {

    private final AssessmentRepository assessments;
    private final ChatMessageRepository chat;
    private final ScoreRepository scores;
    private final InvitationRepository invitations;
    private final AssessmentConfig config;
    private final ObjectMapper mapper;

    PersonalExportService(
            AssessmentRepository assessments,
            ChatMessageRepository chat,
            ScoreRepository scores,
            InvitationRepository invitations,
            AssessmentConfig config,
            ObjectMapper mapper) {
        this.assessments = assessments;
        this.chat = chat;
        this.scores = scores;
        this.invitations = invitations;
        this.config = config;
        this.mapper = mapper;
    }

    public Uni<PersonalExport> export(Caller caller) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withSession(() -> assessments.allOfUser(caller.subject()).flatMap(own -> {
            List<UUID> ids = own.stream().map(a -> a.id).toList();
            TreeSet<String> emails = own.stream()
                    .map(a -> a.candidate == null ? null : a.candidate.email())
                    .filter(Objects::nonNull)
                    .map(email -> email.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (caller.email() != null && !caller.email().isBlank()) {
                emails.add(caller.email().strip().toLowerCase(Locale.ROOT));
            }
            return chat.histories(ids)
                    .flatMap(messages -> scores.forAssessments(ids)
                            .flatMap(found -> invitations
                                    .receivedBy(caller.subject(), emails)
                                    .map(received -> assemble(caller, own, messages, found, received, now))));
        }));
    }

    private PersonalExport assemble(
            Caller caller,
            List<Assessment> own,
            List<ChatMessage> messages,
            List<Score> found,
            List<Invitation> received,
            OffsetDateTime now) {
        Map<UUID, List<ChatMessage>> chatOf = messages.stream().collect(Collectors.groupingBy(m -> m.assessmentId));
        Map<UUID, Score> scoreOf = found.stream().collect(Collectors.toMap(s -> s.assessmentId, Function.identity()));
        Map<UUID, Invitation> invitationOf =
                received.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<Detail> details = own.stream()
                .sorted(Comparator.comparing(
                        (Assessment a) -> a.createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(a -> AssessmentMapper.detail(
                        a,
                        a.invitationId == null ? null : invitationOf.get(a.invitationId),
                        // Their own copy: what the owner reads, never what only the task's creator may.
                        AttemptRules.CANDIDATE,
                        false,
                        chatOf.getOrDefault(a.id, List.of()),
                        scoreOf.get(a.id),
                        List.of(),
                        config.sessions().warningMinutes(),
                        now))
                .toList();
        List<Detail> included = fit(details, this::size, config.export().maxBytes());
        List<ReceivedInvitation> invited = received.stream()
                .sorted(Comparator.comparing(
                        (Invitation i) -> i.createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(PersonalExportService::view)
                .toList();
        int left = details.size() - included.size();
        return new PersonalExport(
                now,
                included,
                invited,
                left > 0,
                details.size(),
                left,
                config.export().maxBytes(),
                left > 0
                        ? left + " older assessments were left out: together with the newer ones they weigh more than"
                                + " the export's limit of " + config.export().maxBytes() + " bytes."
                        : null);
    }

    /** The first items, in order, whose sizes add up to at most {@code maxBytes} (the first always, however big). */
    static <T> List<T> fit(List<T> items, Function<T, Integer> size, int maxBytes) {
        List<T> out = new ArrayList<>();
        long used = 0;
        for (T item : items) {
            used += size.apply(item);
            if (used > maxBytes && !out.isEmpty()) {
                break;
            }
            out.add(item);
        }
        return out;
    }

    private int size(Detail detail) {
        try {
            return mapper.writeValueAsBytes(detail).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment view always serialises", e);
        }
    }

    private static ReceivedInvitation view(Invitation i) {
        return new ReceivedInvitation(
                i.id,
                i.companyName,
                i.senderName,
                i.taskTitle,
                i.message,
                i.recipientEmail,
                i.recipientName,
                i.status == null ? null : i.status.value(),
                i.assessmentId,
                i.sentAt,
                i.expiresAt,
                i.openedAt,
                i.acceptedAt,
                i.completedAt,
                i.cancelledAt);
    }
}

package org.porth.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.porth.attachments.Attachments;
import org.porth.casework.internal.CaseFeedback;
import org.porth.casework.internal.CaseFeedbackRepository;
import org.porth.casework.internal.ReopenWindow;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.ServiceCaseRepository;
import org.porth.casework.internal.Timeline;
import org.porth.catalogue.UploadLimits;
import org.porth.shared.ActionRefused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's side of their cases: reading them, writing to the council (which answers a request
 * for more information), withdrawing, and saying whether the outcome solved their problem. Only
 * ever their own cases; another's is answered exactly as one that does not exist.
 */
@Service
public class ResidentCases {

    private static final String RESIDENT = "hasRole('RESIDENT')";
    // an API client reads and writes about the requests it sent (ResidentCaseAccess)
    private static final String RESIDENT_OR_READER = "hasRole('RESIDENT') or hasAuthority('SCOPE_requests:read')";
    private static final String RESIDENT_OR_WRITER = "hasRole('RESIDENT') or hasAuthority('SCOPE_requests:write')";

    private final ResidentCaseAccess access;
    private final ServiceCaseRepository cases;
    private final Timeline timeline;
    private final CaseReplies replies;
    private final CaseFeedbackRepository feedback;
    private final ReopenWindow reopenWindow;
    private final Attachments files;
    private final Clock clock;

    ResidentCases(ResidentCaseAccess access, ServiceCaseRepository cases, Timeline timeline, CaseReplies replies,
            CaseFeedbackRepository feedback, ReopenWindow reopenWindow, Attachments files, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.timeline = timeline;
        this.replies = replies;
        this.feedback = feedback;
        this.reopenWindow = reopenWindow;
        this.files = files;
        this.clock = clock;
    }

    /** Every case of the signed-in resident, from every channel, newest first. */
    @PreAuthorize(RESIDENT)
    @Transactional(readOnly = true)
    public List<ResidentCaseSummary> mine() {
        return cases.findByResidentIdOrderBySubmittedAtDesc(access.residentId()).stream()
                .map(ResidentCases::summary).toList();
    }

    @PreAuthorize(RESIDENT_OR_READER)
    @Transactional(readOnly = true)
    public ResidentCase open(String reference) {
        return of(access.residentsCase(reference));
    }

    /**
     * A message about the request, with up to three of the resident's own uploaded files. When the
     * council asked for more information, it is the reply: the clock runs again.
     */
    @PreAuthorize(RESIDENT_OR_WRITER)
    @Transactional
    public ResidentCase write(String reference, String message, List<String> fileIds) {
        ServiceCase about = access.residentsCase(reference);
        if (!about.status().isOpen()) {
            throw new ActionRefused("message", "case.message.finished");
        }
        String text = CaseWork.required(message, "message");
        List<MessageFile> sent = ownFiles(reference, fileIds);
        if (about.status() == CaseStatus.AWAITING_RESIDENT) {
            replies.resume(about, text, sent);
        } else {
            timeline.add(about, TimelineKind.RESIDENT_MESSAGE, true, null, MessageFile.write(sent), text);
        }
        return of(about);
    }

    /** The resident no longer wants the request: the case ends, withdrawn, with their reason. */
    @PreAuthorize(RESIDENT)
    @Transactional
    public ResidentCase withdraw(String reference, String reason) {
        ServiceCase about = access.residentsCase(reference);
        if (!about.status().isOpen()) {
            throw new ActionRefused(null, "case.withdraw.finished");
        }
        about.end(Outcome.WITHDRAWN_BY_RESIDENT, CaseWork.required(reason, "withdraw-reason"), clock.instant());
        timeline.statusChanged(about, null, null);
        timeline.add(about, TimelineKind.OUTCOME, true, null, Outcome.WITHDRAWN_BY_RESIDENT.name(), about.outcomeSummary());
        return of(about);
    }

    /**
     * "Did this solve your problem?", once for each outcome. A "no" needs a comment; within the reopen
     * window it sends the case back to its queue, after it the answer is kept and nothing else changes.
     */
    @PreAuthorize(RESIDENT)
    @Transactional
    public ResidentCase answer(String reference, boolean solved, String comment) {
        ServiceCase about = access.residentsCase(reference);
        ResidentCase seen = of(about);
        if (!seen.asksForFeedback() || seen.solved() != null) {
            throw new ActionRefused(null, "case.feedback.not-asked");
        }
        String words = solved ? CaseWork.optional(comment, "comment") : CaseWork.required(comment, "comment");
        Instant now = clock.instant();
        boolean reopen = !solved && !reopenWindow.isOver(about);
        feedback.save(new CaseFeedback(about, solved, words, now, reopen));
        timeline.add(about, TimelineKind.FEEDBACK, true, null, solved ? "SOLVED" : "NOT_SOLVED", words);
        if (reopen) {
            about.reopenForResident(now);
            timeline.add(about, TimelineKind.REOPENED, true, null, null, null);
            timeline.statusChanged(about, null, null);
        }
        return of(about);
    }

    /** The resident's files added to this message, now sent with it: from here on staff of the case reach them. */
    private List<MessageFile> ownFiles(String reference, List<String> fileIds) {
        if (fileIds.size() > UploadLimits.DEFAULT.maxFiles()) {
            throw new ActionRefused("files", "case.message.too-many-files");
        }
        return files.sendWithMessage(reference, fileIds)
                .orElseThrow(() -> new ActionRefused("files", "case.message.no-such-file"))
                .stream().map(file -> new MessageFile(file.id(), file.name())).toList();
    }

    private ResidentCase of(ServiceCase c) {
        Boolean solved = c.outcomeAt() == null ? null
                : feedback.findFirstByCaseIdAndOutcomeAt(c.id(), c.outcomeAt()).map(CaseFeedback::solved).orElse(null);
        return new ResidentCase(summary(c), c.answers(), c.outcome(), c.outcomeSummary(), reopenWindow.closesAt(c),
                solved, timeline.of(c).stream().filter(TimelineItem::visibleToResident)
                        .map(ResidentCases::forResident).toList());
    }

    /** Without the officer's name, and a status change without the officer's reason. */
    private static TimelineItem forResident(TimelineItem item) {
        String detail = item.kind() == TimelineKind.STATUS_CHANGED ? null : item.detail();
        return new TimelineItem(item.at(), item.kind(), true, null, item.subject(), detail);
    }

    private static ResidentCaseSummary summary(ServiceCase c) {
        return new ResidentCaseSummary(c.reference(), c.serviceId(), c.serviceVersion(), c.status(), c.submittedAt(),
                c.dueAt());
    }
}

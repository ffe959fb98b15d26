package org.porth.e2e;

import static org.awaitility.Awaitility.await;
import static org.porth.e2e.Acting.CARA;
import static org.porth.e2e.Acting.SAM;
import static org.porth.e2e.Acting.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.porth.apply.Applications;
import org.porth.apply.FormPosition;
import org.porth.apply.PageResult;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.attachments.Attachments;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.attachments.internal.DisplayNames;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseStatus;
import org.porth.casework.CaseWork;
import org.porth.casework.NoSuchCaseException;
import org.porth.casework.Outcome;
import org.porth.casework.ResidentCases;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.Language;

/**
 * Sam's pothole report with script in everything typed into it, through the form engine as the
 * pages send it, and the case worked by Cara with script in her note, message, question and outcome,
 * and in Sam's reply: the texts a page about the case may show, in the {@code HostileText} disguises.
 */
final class HostileCase {

    static final String LOCATION = HostileText.in("location");
    static final String DETAILS = HostileText.in("details");
    static final String PHOTO = HostileText.shortIn("photo") + ".png";
    static final String NOTE = HostileText.in("note");
    static final String MESSAGE = HostileText.in("council-message");
    static final String QUESTION = HostileText.in("question");
    static final String REPLY = HostileText.in("reply");
    static final String REPLY_FILE = HostileText.shortIn("reply-file") + ".png";
    static final String OUTCOME = HostileText.in("outcome");

    private final Applications applications;
    private final Submissions submissions;
    private final Attachments attachments;
    private final CaseWork work;
    private final ResidentCases cases;

    HostileCase(Applications applications, Submissions submissions, Attachments attachments, CaseWork work,
            ResidentCases cases) {
        this.applications = applications;
        this.submissions = submissions;
        this.attachments = attachments;
        this.work = work;
        this.cases = cases;
    }

    /** A file's name as pages show it: made safe when it was stored, the markup's brackets and quotes gone. */
    static String shown(String fileName) {
        return DisplayNames.of(fileName);
    }

    /** Sam's pothole report, filled in and left at check your answers; its draft id. */
    String draft() {
        return as(SAM, () -> {
            String draft = applications.start("pothole").draftId();
            String photo = upload(new UploadSlot.Question(draft, "photos"), PHOTO);
            Map<String, Answer> answers = Map.of(
                    "location", new Answer(Map.of("usrn", List.of("32710042"), "description", List.of(LOCATION))),
                    "surface", Answer.of("road"), "size", Answer.of("large"), "danger", Answer.of("no"),
                    "photos", new Answer(Map.of("file", List.of(photo))), "details", Answer.of(DETAILS),
                    "email", Answer.of("sam.hostile@example.com"));
            FormPosition at = new FormPosition(draft, "location");
            while (!at.atCheckAnswers()) {
                at = next(applications.continueFrom(draft, at.pageId(),
                        Answers.NONE.with(at.pageId(), answers.get(at.pageId()))));
            }
            return draft;
        });
    }

    /** Sam's report sent, and worked by Cara up to the question Sam answers; its reference. */
    String sentAndAnswered() {
        String draft = draft();
        String reference = as(SAM, () -> ((SubmitResult.Submitted) submissions.submit(draft, true, Language.ENGLISH))
                .reference().value());
        await().atMost(Duration.ofSeconds(20)).until(() -> caseIsOpen(reference));
        as(CARA, () -> {
            CaseDetails opened = work.open(reference);
            work.changeStatus(reference, opened.version(), CaseStatus.IN_PROGRESS, null);
            work.addNote(reference, NOTE);
            CaseDetails messaged = work.messageResident(reference, MESSAGE);
            return work.requestInformation(reference, messaged.version(), QUESTION);
        });
        as(SAM, () -> cases.write(reference, REPLY, List.of(upload(new UploadSlot.Message(reference), REPLY_FILE))));
        return reference;
    }

    /** Cara finishes the case with an outcome for Sam. */
    void finish(String reference) {
        as(CARA, () -> work.end(reference, work.open(reference).version(), Outcome.FIXED, OUTCOME));
    }

    private String upload(UploadSlot slot, String name) {
        return ((UploadResult.Stored) attachments.upload(slot, name, TestFiles.bytes("photo.png"), UploadLimits.DEFAULT))
                .file().id();
    }

    private FormPosition next(PageResult result) {
        return switch (result) {
            case PageResult.Saved saved -> saved.next();
            case PageResult.AskToShare ask -> next(applications.decideSharing(ask.draftId(), ask.pageId(),
                    ask.questionIds(), false));
            default -> throw new AssertionError("The pothole form refused the answers: " + result);
        };
    }

    private boolean caseIsOpen(String reference) {
        try {
            as(CARA, () -> work.open(reference));
            return true;
        } catch (NoSuchCaseException notYet) {
            return false;
        }
    }
}

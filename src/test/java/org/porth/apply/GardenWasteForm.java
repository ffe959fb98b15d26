package org.porth.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.shared.Language;
import org.porth.shared.Reference;

/**
 * The garden waste subscription, the shortest seeded service, answered right page by page, so a
 * draft is ready for check your answers.
 */
public final class GardenWasteForm {

    public static final String SERVICE = "garden-waste";
    /** The Red Lion, 7 Stryd Fawr, PT1 1AA, in the seeded gazetteer. */
    public static final String RED_LION = "100100412229";

    private GardenWasteForm() {
    }

    /** Answers every page; the email is the one given, whatever the account holds. */
    public static void complete(Applications applications, String draftId, String email) {
        answer(applications, draftId, "address", new Answer(Map.of("uprn", List.of(RED_LION))));
        answer(applications, draftId, "has-bin", Answer.of("yes"));
        answer(applications, draftId, "bin-count", Answer.of("2"));
        answer(applications, draftId, "start-date", date(LocalDate.now().plusDays(7)));
        answer(applications, draftId, "email", Answer.of(email));
    }

    /** Starts, completes and sends a request as the signed-in resident; its reference. */
    public static Reference send(Applications applications, Submissions submissions, String email) {
        String draftId = applications.start(SERVICE).draftId();
        complete(applications, draftId, email);
        return ((SubmitResult.Submitted) submissions.submit(draftId, true, Language.ENGLISH)).reference();
    }

    /** Saves one page whose only question has the page's id; a result other than Invalid means it was saved. */
    public static PageResult answer(Applications applications, String draftId, String pageId, Answer answer) {
        PageResult result = applications.continueFrom(draftId, pageId, Answers.NONE.with(pageId, answer));
        if (result instanceof PageResult.Invalid invalid) {
            throw new AssertionError("Page " + pageId + " refused " + answer + ": " + invalid.errors());
        }
        return result;
    }

    public static Answer date(LocalDate date) {
        return new Answer(Map.of("day", List.of(String.valueOf(date.getDayOfMonth())),
                "month", List.of(String.valueOf(date.getMonthValue())), "year", List.of(String.valueOf(date.getYear()))));
    }
}

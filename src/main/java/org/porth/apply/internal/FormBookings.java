package org.porth.apply.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.porth.booking.Availability;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingDetails;
import org.porth.booking.BookingRefused;
import org.porth.booking.BookingResources;
import org.porth.booking.FreeTime;
import org.porth.booking.JourneyBookings;
import org.porth.booking.SlotTime;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.forms.BookingAnswer;
import org.porth.forms.FieldError;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentId;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * A form's booking question (decision 0021): the day chosen is held on Continue, for the address the
 * form gives ({@code booking: address:}), and confirmed on Submit with the request's reference.
 */
@Component
public class FormBookings {

    private final JourneyBookings bookings;
    private final BookingResources resources;
    private final Availability availability;
    private final Clock clock;

    FormBookings(JourneyBookings bookings, BookingResources resources, Availability availability, Clock clock) {
        this.bookings = bookings;
        this.resources = resources;
        this.availability = availability;
        this.clock = clock;
    }

    /** The answers with the page's booking held, or why it could not be. */
    public sealed interface Held {
        record Done(Answers answers) implements Held {
        }

        record Refused(List<FieldError> errors) implements Held {
        }
    }

    /**
     * What the form books for these answers: of the service's resources, the one serving the form's
     * address, or the one chosen (an office), or else its only one; empty when none fits.
     */
    public Optional<BookableResource> resource(ServiceDefinition definition, Answers answers) {
        if (definition.bookingQuestion().isEmpty()) {
            return Optional.empty();
        }
        if (definition.bookingAddressQuestion().isPresent()) {
            return address(definition, answers)
                    .flatMap(address -> resources.forService(definition.id(), address.ward()));
        }
        List<BookableResource> candidates = resources.forService(definition.id());
        if (definition.bookingChoiceQuestion().isPresent()) {
            Optional<String> chosen = definition.bookingChoiceQuestion().flatMap(answers::get).flatMap(Answer::value);
            return candidates.stream().filter(resource -> chosen.filter(resource.id()::equals).isPresent()).findFirst();
        }
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    /**
     * Holds the day chosen on the page, unless it is the day already held; called outside any
     * transaction, since the hold commits on its own.
     *
     * @param checked the draft's answers with the page's, checked
     * @param before  the draft's answers as saved, with the hold made last time
     */
    public Held holdOnPage(ServiceDefinition definition, String pageId, Answers checked, Answers before,
            String residentId, Channel channel) {
        Optional<Question> question = definition.bookingQuestion()
                .filter(q -> definition.page(pageId).orElseThrow().questions().contains(q));
        Optional<Answer> chosen = question.flatMap(q -> checked.get(q.id()));
        if (chosen.isEmpty()) {
            return new Held.Done(checked);
        }
        String questionId = question.get().id();
        Optional<Answer> earlier = before.get(questionId).filter(answer -> BookingAnswer.reference(answer).isPresent())
                .filter(answer -> BookingAnswer.sameChoice(answer, chosen.get()));
        if (earlier.isPresent()) {
            return new Held.Done(checked.with(questionId, earlier.get()));
        }
        Optional<BookableResource> resource = resource(definition, checked);
        if (resource.isEmpty()) {
            return refused(questionId, "form.booking.not-served");
        }
        if (resource.get().slotLength().isPresent() && BookingAnswer.time(chosen.get()).isEmpty()) {
            return new Held.Refused(List.of(error(questionId, BookingAnswer.TIME, "form.booking.time-required")));
        }
        Optional<LocalDateTime> start = start(resource.get(), chosen.get());
        if (start.isEmpty()) {
            return refused(questionId, "form.booking.day-taken");
        }
        try {
            BookingDetails held = bookings.hold(ResidentId.of(residentId), new SlotTime(resource.get().id(), start.get()),
                    address(definition, checked).orElse(null), channel);
            return new Held.Done(checked.with(questionId, BookingAnswer.held(chosen.get(), held.reference(),
                    resource.get().id(), held.heldUntil().atZone(clock.getZone()).toLocalTime())));
        } catch (BookingRefused refusal) {
            return refused(questionId, messageKey(refusal, resource.get()));
        }
    }

    /**
     * The held booking of answers saved after the form's address changed to one another resource
     * serves: its reference, to let go once the answers without it are saved.
     */
    public Optional<String> heldForAnotherAddress(ServiceDefinition definition, Answers answers) {
        Optional<Answer> booked = definition.bookingQuestion().flatMap(q -> answers.get(q.id()));
        Optional<String> heldResource = booked.flatMap(answer -> answer.field(BookingAnswer.RESOURCE));
        if (heldResource.isEmpty() || resource(definition, answers).map(BookableResource::id).equals(heldResource)) {
            return Optional.empty();
        }
        return booked.flatMap(BookingAnswer::reference);
    }

    /** Lets a hold go, in a transaction of its own. */
    public void release(String residentId, String reference) {
        bookings.release(ResidentId.of(residentId), reference);
    }

    /**
     * Confirms the request's booking in the caller's transaction, with the request's reference as its
     * request key; the answers as the request keeps them.
     *
     * @throws BookingRefused when the hold lapsed and its slot has filled since, or is no longer bookable
     */
    public Answers confirm(ServiceDefinition definition, Answers answers, String residentId, String requestReference) {
        Optional<Question> question = definition.bookingQuestion();
        Optional<Answer> held = question.flatMap(q -> answers.get(q.id()));
        if (held.isEmpty()) {
            return answers;
        }
        String reference = BookingAnswer.reference(held.get())
                .orElseThrow(() -> new BookingRefused(BookingRefused.Reason.NOT_ACTIVE));
        bookings.confirm(ResidentId.of(residentId), reference, requestReference);
        return answers.with(question.get().id(), BookingAnswer.confirmed(held.get()));
    }

    /** The refusal of a confirm, next to the booking question. */
    public FieldError refusal(ServiceDefinition definition, Answers answers, BookingRefused refusal) {
        Question question = definition.bookingQuestion().orElseThrow();
        Optional<BookableResource> resource = answers.get(question.id())
                .flatMap(answer -> answer.field(BookingAnswer.RESOURCE)).flatMap(resources::resource);
        return error(question.id(), BookingAnswer.DATE, resource.map(r -> messageKey(refusal, r))
                .orElse(refusal.messageKey()));
    }

    /** The booking's own words, except where a form needs others: a round is booked by the day, and a hold can lapse. */
    private static String messageKey(BookingRefused refusal, BookableResource resource) {
        return switch (refusal.reason()) {
            case SLOT_TAKEN -> resource.slotLength().isEmpty() ? "form.booking.day-taken" : refusal.messageKey();
            case NOT_IN_AREA -> "form.booking.not-served";
            case NOT_ACTIVE -> "form.booking.not-held";
            default -> refusal.messageKey();
        };
    }

    /** The slot chosen: at the time chosen, or the day's slot of a resource booked by the day. */
    private Optional<LocalDateTime> start(BookableResource resource, Answer chosen) {
        LocalDate date = BookingAnswer.date(chosen).orElseThrow();
        if (resource.slotLength().isPresent()) {
            return Optional.of(date.atTime(BookingAnswer.time(chosen).orElseThrow()));
        }
        return availability.times(resource.id(), date).stream().findFirst().map(FreeTime::start);
    }

    private static Optional<ResidentAddress> address(ServiceDefinition definition, Answers answers) {
        return definition.bookingAddressQuestion().flatMap(answers::get).flatMap(FormBookings::fromAnswer);
    }

    private static Optional<ResidentAddress> fromAnswer(Answer answer) {
        try {
            return Optional.of(ResidentAddress.fromFields(Prefill.fields(answer)));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Held refused(String questionId, String messageKey) {
        return new Held.Refused(List.of(error(questionId, BookingAnswer.DATE, messageKey)));
    }

    private static FieldError error(String questionId, String field, String messageKey) {
        return new FieldError(questionId, field, new Text(Translations.get(Language.ENGLISH, messageKey),
                Translations.get(Language.WELSH, messageKey)));
    }
}

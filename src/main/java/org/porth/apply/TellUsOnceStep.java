package org.porth.apply;

import java.util.List;
import java.util.Optional;

import org.porth.apply.internal.Applicants;
import org.porth.apply.internal.Draft;
import org.porth.apply.internal.FormContext;
import org.porth.apply.internal.Prefill;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;
import org.porth.forms.Journey;
import org.porth.resident.Consent;
import org.porth.resident.ConsentWording;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.TellUsOnce;
import org.springframework.stereotype.Component;

/**
 * "Tell us once" inside a form: answers about the resident start from their account, and when the
 * resident changes one, they are asked whether their account (and so every council service that
 * uses it) should change too. They are asked once per change; their answer is kept with the draft.
 */
@Component
class TellUsOnceStep {

    private final Applicants applicants;
    private final Journey journey;
    private final TellUsOnce tellUsOnce;
    private final FormContext context;

    TellUsOnceStep(Applicants applicants, Journey journey, TellUsOnce tellUsOnce, FormContext context) {
        this.applicants = applicants;
        this.journey = journey;
        this.tellUsOnce = tellUsOnce;
        this.context = context;
    }

    static Answers prefill(ServiceDefinition definition, Profile resident) {
        return Prefill.from(definition, resident);
    }

    /** Asks only residents filling in their own form; an officer does not change a caller's account here. */
    Optional<PageResult> askAbout(Draft draft, ServiceDefinition definition, String pageId) {
        if (draft.channel() != Channel.WEB || applicants.isOfficer()) {
            return Optional.empty();
        }
        List<Question> changed = changed(draft, definition, pageId);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageResult.AskToShare(draft.id(), pageId,
                changed.stream().map(Question::id).toList(), ConsentWording.forFields(fields(changed))));
    }

    void decide(Draft draft, ServiceDefinition definition, List<String> questionIds, boolean share) {
        List<Question> asked = questionIds.stream().flatMap(id -> definition.question(id).stream())
                .filter(question -> question.prefill() != null).toList();
        if (asked.isEmpty()) {
            return;
        }
        Answers answers = draft.answers();
        ProfileChange change = ProfileChange.NONE;
        Answers decided = draft.shareDecisions();
        for (Question question : asked) {
            var answer = answers.get(question.id()).orElseThrow();
            change = merge(change, ProfileChange.fromPrefill(question.prefill(), Prefill.fields(answer)));
            decided = decided.with(question.id(), answer);
        }
        var wording = ConsentWording.forFields(fields(asked));
        tellUsOnce.shareChange(applicants.currentResident().id(), change,
                share ? Consent.given(wording) : Consent.declined(wording));
        draft.decidedToShare(decided);
    }

    private List<Question> changed(Draft draft, ServiceDefinition definition, String pageId) {
        return Prefill.changed(journey.visibleQuestions(definition, pageId, draft.answers()), draft.answers(),
                applicants.currentResident(), draft.shareDecisions(), context.forDraft(draft.id()));
    }

    private static List<ProfileField> fields(List<Question> questions) {
        return questions.stream().flatMap(question -> ProfileField.prefillField(question.prefill()).stream()).toList();
    }

    private static ProfileChange merge(ProfileChange a, ProfileChange b) {
        return new ProfileChange(
                b.name() != null ? b.name() : a.name(),
                b.dateOfBirth() != null ? b.dateOfBirth() : a.dateOfBirth(),
                b.address() != null ? b.address() : a.address(),
                b.phone() != null ? b.phone() : a.phone(),
                b.email() != null ? b.email() : a.email(),
                a.contactPreferences(), a.language());
    }
}

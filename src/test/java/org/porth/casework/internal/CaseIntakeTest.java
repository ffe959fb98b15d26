package org.porth.casework.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.catalogue.Channel;
import org.porth.forms.Answers;
import org.porth.shared.Reference;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * An API client's receipt and the event's listener can race to open one request's case: the listener
 * that loses has still done its work (the request has its case), so its publication completes instead
 * of failing and waiting to be resubmitted; an insert that breaks for any other reason still fails.
 */
class CaseIntakeTest {

    private final CaseOpening opening = mock(CaseOpening.class);
    private final ServiceCaseRepository cases = mock(ServiceCaseRepository.class);
    private final CaseIntake intake = new CaseIntake(opening, cases);
    private final RequestSubmitted request = new RequestSubmitted(UUID.randomUUID().toString(), Reference.random(),
            "pothole", 1, UUID.randomUUID().toString(), Channel.API, null, Instant.now(), Answers.NONE);

    @Test
    void losingTheRaceToTheReceiptThatOpenedTheCaseIsSuccess() {
        doThrow(new DataIntegrityViolationException("service_case_reference")).when(opening).open(request);
        when(cases.existsByRequestId(request.requestId())).thenReturn(true);

        assertThatCode(() -> intake.on(request)).doesNotThrowAnyException();
    }

    @Test
    void anInsertThatBreaksWithNoCaseOpenedStillFails() {
        doThrow(new DataIntegrityViolationException("something else")).when(opening).open(request);
        when(cases.existsByRequestId(request.requestId())).thenReturn(false);

        assertThatThrownBy(() -> intake.on(request)).isInstanceOf(DataIntegrityViolationException.class);
    }
}

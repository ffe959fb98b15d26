package org.porth.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.porth.resident.internal.Resident;
import org.porth.resident.internal.ResidentRepository;
import org.porth.resident.internal.ResidentValues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records of people who reported through another system (an Open311 app such as FixMyStreet): the
 * record is made as an officer makes one for a caller, noting the client that sent it instead of an
 * officer, so the council can write to the reporter and a sign-in with the same email finds it.
 * A client never reads or matches existing records: knowing an email must not reach an account.
 */
@Service
public class ReporterRecords {

    private final ResidentRepository residents;
    private final Clock clock;

    ReporterRecords(ResidentRepository residents, Clock clock) {
        this.residents = residents;
        this.clock = clock;
    }

    /** @param recordedBy the client that sent the report, e.g. {@code open311:FixMyStreet} */
    @PreAuthorize("hasAuthority('SCOPE_open311')")
    @Transactional
    public ResidentId record(NewResident reporter, String recordedBy) {
        ResidentValues values = ResidentValues.of(reporter).check(EnumSet.allOf(ProfileField.class), LocalDate.now(clock));
        return residents.save(Resident.forCaller(recordedBy, values, clock.instant())).toProfile().id();
    }
}

package org.porth.channels.open311;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface Open311RequestRepository extends JpaRepository<Open311Request, String> {

    Optional<Open311Request> findFirstByClientIdAndContentHashAndRequestedAtAfterOrderByRequestedAt(
            String clientId, String contentHash, Instant after);

    List<Open311Request> findByRequestedAtGreaterThanEqualAndRequestedAtLessThanOrderByRequestedAtDesc(
            Instant from, Instant to, Limit limit);

    List<Open311Request> findByServiceCodeInAndRequestedAtGreaterThanEqualAndRequestedAtLessThanOrderByRequestedAtDesc(
            Collection<String> serviceCodes, Instant from, Instant to, Limit limit);

    List<Open311Request> findByReferenceIn(Collection<String> references);
}

package org.porth.catalogue.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedVersionRepository extends JpaRepository<PublishedVersion, PublishedVersion.Key> {

    Optional<PublishedVersion> findFirstByServiceIdOrderByVersionDesc(String serviceId);

    Optional<PublishedVersion> findByServiceIdAndVersion(String serviceId, int version);
}

package org.porth.catalogue.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers the versions of each service definition as it changes: a definition whose text differs
 * from its latest stored version becomes the next version; an unchanged one keeps its number.
 * Several nodes may start at once: the one that loses the race for a number reads again.
 */
@Component
class ServiceVersions {

    private static final Logger log = LoggerFactory.getLogger(ServiceVersions.class);
    /** Enough for every node of a cluster starting at the same moment with different texts. */
    private static final int ATTEMPTS = 10;

    private final PublishedVersionRepository repository;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ServiceVersions(PublishedVersionRepository repository, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The version number of this text of the service's definition, publishing it if it is new. */
    int publish(String serviceId, String definition) {
        String sha256 = sha256(definition);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<PublishedVersion> latest = repository.findFirstByServiceIdOrderByVersionDesc(serviceId);
            if (latest.isPresent() && latest.get().contentSha256().equals(sha256)) {
                return latest.get().version();
            }
            int next = latest.map(version -> version.version() + 1).orElse(1);
            try {
                ownTransaction.executeWithoutResult(status -> repository.saveAndFlush(
                        new PublishedVersion(serviceId, next, sha256, definition, clock.instant())));
                log.info("Published version {} of service {}", next, serviceId);
                return next;
            } catch (DataIntegrityViolationException e) {
                log.debug("Another node published version {} of service {} first; reading again", next, serviceId);
            }
        }
        throw new IllegalStateException("Could not publish service " + serviceId + " after " + ATTEMPTS + " attempts");
    }

    /** The definition's text at that version, if it was ever published. */
    Optional<String> definition(String serviceId, int version) {
        return repository.findByServiceIdAndVersion(serviceId, version).map(PublishedVersion::definition);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

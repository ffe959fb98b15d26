package org.porth.apply.internal;

import java.time.Clock;
import java.util.List;

import org.porth.attachments.Attachments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes drafts nobody came back to before they expired (28 days after their last save by
 * default), with their uploaded files. Deleting what has expired is the same on every node, so
 * several nodes may run it at once.
 */
@Component
class DraftPurge {

    private static final Logger log = LoggerFactory.getLogger(DraftPurge.class);

    private final DraftRepository drafts;
    private final Attachments attachments;
    private final Clock clock;

    DraftPurge(DraftRepository drafts, Attachments attachments, Clock clock) {
        this.drafts = drafts;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Scheduled(cron = "${porth.drafts.purge-cron:0 15 3 * * *}", zone = "Europe/London")
    @Transactional
    public int purge() {
        List<Draft> expired = drafts.findByExpiresAtBefore(clock.instant());
        for (Draft draft : expired) {
            attachments.deleteForDraft(draft.id());
            drafts.delete(draft);
        }
        if (!expired.isEmpty()) {
            log.info("Deleted {} expired drafts", expired.size());
        }
        return expired.size();
    }
}

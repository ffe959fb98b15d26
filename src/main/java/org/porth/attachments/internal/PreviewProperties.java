package org.porth.attachments.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout         how long drawing a PDF's first page may take, waiting included, before it
 *                        is stopped and the case view does without it (the officer can still download it)
 * @param workers         how many first pages are drawn at once
 * @param queue           how many more may wait for a worker (1 or more); beyond that, "no preview now"
 * @param mostImagePixels a first page whose pictures have more pixels than this in all is not drawn
 */
@ConfigurationProperties("porth.files.preview")
record PreviewProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2") int workers,
        @DefaultValue("4") int queue,
        @DefaultValue("25000000") long mostImagePixels) {
}

package org.porth.attachments.internal;

import java.time.Duration;

/**
 * When drawing a preview must stop: its time is up, or whoever waited for it gave up and interrupted
 * the worker. Checked between every two drawing operators, so an abandoned drawing stops at once
 * instead of going on for minutes in the background.
 */
final class PreviewDeadline {

    private final long startedAt = System.nanoTime();
    private final Duration timeout;

    PreviewDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** @throws PreviewStopped when the drawing must stop */
    void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new PreviewStopped("its caller gave up");
        }
        if (System.nanoTime() - startedAt > timeout.toNanos()) {
            throw new PreviewStopped("it took longer than " + timeout);
        }
    }

    /**
     * Why a preview was stopped part-way. Unchecked on purpose: PDFBox carries on past an
     * {@code IOException} thrown inside a form or a picture, but lets this through.
     */
    static final class PreviewStopped extends RuntimeException {

        PreviewStopped(String why) {
            super(why, null, false, false);
        }
    }
}

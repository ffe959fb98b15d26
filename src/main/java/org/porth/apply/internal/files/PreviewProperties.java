package org.porth.apply.internal.files;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param timeout how long drawing a PDF's first page may take before the case view does without it */
@ConfigurationProperties("porth.files.preview")
record PreviewProperties(@DefaultValue("10s") Duration timeout) {
}

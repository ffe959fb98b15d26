package org.porth.apply.internal.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param location the folder that holds uploaded files' content (back it up with the database) */
@ConfigurationProperties("porth.files")
record FilesProperties(@DefaultValue("./data/files") Path location) {
}

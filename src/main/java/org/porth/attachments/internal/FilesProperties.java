package org.porth.attachments.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param location         the folder that holds uploaded files' content (back it up with the database)
 * @param unsentKeptFor    how long a file added to a message that is never sent is kept
 * @param mostImagePixels  a photo (JPEG or PNG) of more pixels than this is refused at upload
 * @param resident         what one resident may upload (staff are not limited)
 */
@ConfigurationProperties("porth.files")
record FilesProperties(
        @DefaultValue("./data/files") Path location,
        @DefaultValue("24h") Duration unsentKeptFor,
        @DefaultValue("50000000") long mostImagePixels,
        @DefaultValue Resident resident) {

    /**
     * @param mostStored       all of one resident's files together, sent or not
     * @param mostPerHour      what one resident may upload in an hour (files removed since count too)
     * @param mostFilesPerHour how many files one resident may upload in an hour
     */
    record Resident(
            @DefaultValue("500MB") DataSize mostStored,
            @DefaultValue("100MB") DataSize mostPerHour,
            @DefaultValue("50") int mostFilesPerHour) {
    }
}

package org.porth.casework;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file the resident sent with a message or reply: its id (for {@code /files/{id}}) and the name
 * shown. Kept in the timeline entry's subject, one file a line, as {@code id<TAB>name}; display names
 * never hold a tab or a line break.
 */
public record MessageFile(String id, String name) {

    static String write(List<MessageFile> files) {
        return files.isEmpty() ? null
                : files.stream().map(file -> file.id() + "\t" + file.name()).collect(Collectors.joining("\n"));
    }

    static List<MessageFile> read(String subject) {
        if (subject == null || subject.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(subject.split("\n")).map(line -> line.split("\t", 2))
                .map(parts -> new MessageFile(parts[0], parts[1])).toList();
    }
}

package org.porth.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * A CSV file as spreadsheets and LLPG tools write it (RFC 4180: commas, quoted fields with doubled
 * quotes, CRLF or LF), read by the names in its header row, so columns may come in any order and
 * extra columns are ignored. A line starting with {@code #} is a comment, so a file can explain
 * itself. A mistake names the file and the line.
 */
public final class CsvFile {

    /** One record, by column name; blank fields are null. */
    public record Row(String file, int line, Map<String, String> fields) {

        public String optional(String column) {
            String value = fields.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw problem("no " + column);
            }
            return value;
        }

        public IllegalStateException problem(String what) {
            return new IllegalStateException(file + " line " + line + ": " + what);
        }
    }

    private CsvFile() {
    }

    public static List<Row> read(Resource resource, String... requiredColumns) {
        String file = resource.getDescription();
        try (Reader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<Record> records = new Parser(reader, file).records();
            if (records.isEmpty()) {
                throw new IllegalStateException(file + ": no header row");
            }
            List<String> header = records.getFirst().values().stream().map(String::strip).toList();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new IllegalStateException(file + " line 1: no column " + column + " (columns: " + header + ")");
                }
            }
            return records.stream().skip(1).filter(record -> !record.isBlank()).map(record -> {
                if (record.values().size() != header.size()) {
                    throw new IllegalStateException(file + " line " + record.line() + ": " + record.values().size()
                            + " fields where the header has " + header.size());
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.values().get(i));
                }
                return new Row(file, record.line(), fields);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private record Record(int line, List<String> values) {
        boolean isBlank() {
            return values.size() == 1 && values.getFirst().isBlank();
        }
    }

    /** Reads records character by character: a quoted field may hold commas, quotes and line breaks. */
    private static final class Parser {
        private final Reader reader;
        private final String file;
        private int line = 1;

        Parser(Reader reader, String file) {
            this.reader = reader;
            this.file = file;
        }

        List<Record> records() throws IOException {
            List<Record> records = new ArrayList<>();
            List<String> values = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int start = line;
            boolean quoted = false;
            skipByteOrderMark();
            int c;
            while ((c = reader.read()) != -1) {
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        if (reader.read() != '"') {
                            reader.reset();
                            quoted = false;
                            continue;
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                } else if (c == '#' && values.isEmpty() && field.isEmpty()) {
                    skipComment();
                    start = ++line;
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    values.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    values.add(field.toString());
                    records.add(new Record(start, values));
                    values = new ArrayList<>();
                    field.setLength(0);
                    start = ++line;
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (quoted) {
                throw new IllegalStateException(file + " line " + start + ": a quoted field is not closed");
            }
            if (!values.isEmpty() || !field.isEmpty()) {
                values.add(field.toString());
                records.add(new Record(start, values));
            }
            return records;
        }

        // Excel's "CSV UTF-8" starts the file with one; it is not part of the first column's name
        private void skipByteOrderMark() throws IOException {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }

        private void skipComment() throws IOException {
            int c;
            do {
                c = reader.read();
            } while (c != '\n' && c != -1);
        }
    }
}

package org.porth.devices.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.porth.devices.DeviceRef;
import org.porth.shared.CsvFile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the devices of a vendor's CSV file (decision 0042: one row a device, columns named as
 * {@link #DeviceCsvColumns#all()}, any order). All or nothing: a file with any wrong row registers none, and says
 * what is wrong with each row by its line number.
 */
@Service
public class DeviceImport {

    /** More rows than a vendor's delivery of devices has; a bigger file is split. */
    public static final int MOST_ROWS = 5_000;
    private static final Pattern CSV_PROBLEM = Pattern.compile(" line (\\d+): (no column (\\S+))?");
    private static final String FILE = "file";

    private final DeviceRegistry registry;

    DeviceImport(DeviceRegistry registry) {
        this.registry = registry;
    }

    @Transactional
    @PreAuthorize(DeviceRegistry.REGISTRARS)
    public ImportOutcome importCsv(byte[] file) {
        List<CsvFile.Row> rows;
        try {
            rows = CsvFile.read(new ByteArrayResource(file, "the file"), DeviceCsvColumns.of(DeviceDraft.SOURCE),
                    DeviceCsvColumns.of(DeviceDraft.DEVICE_ID), DeviceCsvColumns.of(DeviceDraft.KIND), DeviceCsvColumns.of(DeviceDraft.TEAM));
        } catch (IllegalStateException unreadable) {
            return new ImportOutcome(0, List.of(unreadable(unreadable.getMessage())));
        }
        if (rows.isEmpty()) {
            return new ImportOutcome(0, List.of(new DraftProblem(FILE, "registry.import.empty", 1)));
        }
        if (rows.size() > MOST_ROWS) {
            return new ImportOutcome(0, List.of(new DraftProblem(FILE, "registry.import.too-many", 1)));
        }
        List<CheckedDraft> checked = registry.checkAll(rows.stream().map(DeviceImport::draft).toList());
        List<DraftProblem> problems = new ArrayList<>();
        Set<DeviceRef> inFile = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = rows.get(i).line();
            CheckedDraft draft = checked.get(i);
            draft.problems().forEach(problem -> problems.add(problem.onLine(line)));
            if (draft.fine() && !inFile.add(draft.device().ref())) {
                problems.add(new DraftProblem(DeviceDraft.DEVICE_ID, "registry.import.twice", line));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(0, problems);
        }
        checked.forEach(draft -> registry.register(draft.device()));
        return new ImportOutcome(checked.size(), List.of());
    }

    private static DeviceDraft draft(CsvFile.Row row) {
        List<String> values = DeviceDraft.FIELDS.stream().map(field -> row.optional(DeviceCsvColumns.of(field))).toList();
        return new DeviceDraft(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5),
                values.get(6), values.get(7), values.get(8), values.get(9), values.get(10));
    }

    /** A file CsvFile cannot read: which line, and for a missing column, which one (its message is not for residents or staff). */
    private static DraftProblem unreadable(String message) {
        Matcher found = CSV_PROBLEM.matcher(message == null ? "" : message);
        if (!found.find()) {
            return new DraftProblem(FILE, "registry.import.unreadable", 1);
        }
        int line = Integer.parseInt(found.group(1));
        return found.group(3) == null ? new DraftProblem(FILE, "registry.import.unreadable", line)
                : new DraftProblem(found.group(3), "registry.import.no-column", line);
    }
}

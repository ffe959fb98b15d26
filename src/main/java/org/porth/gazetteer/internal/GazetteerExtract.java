package org.porth.gazetteer.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.porth.gazetteer.Street;
import org.porth.shared.CsvFile;
import org.porth.shared.Postcode;
import org.springframework.core.io.Resource;

/**
 * The gazetteer as a council gives it: {@code streets.csv} and {@code addresses.csv}, checked row by
 * row, so that a mistake stops start-up with the file, the line and the problem.
 */
record GazetteerExtract(List<Street> streets, List<AddressRow> addresses) {

    private static final Pattern UPRN = Pattern.compile("\\d{1,12}");
    private static final Pattern USRN = Pattern.compile("\\d{1,8}");

    static GazetteerExtract read(Resource streetsFile, Resource addressesFile) {
        List<Street> streets = CsvFile.read(streetsFile, "usrn", "name", "town", "ward", "latitude", "longitude")
                .stream().map(GazetteerExtract::street).toList();
        Map<String, Street> byUsrn = unique(streets, Street::usrn, streetsFile, "USRN");
        List<AddressRow> addresses = CsvFile.read(addressesFile, "uprn", "usrn", "organisation", "sub_building",
                "building_name", "building_number", "postcode", "ward", "latitude", "longitude")
                .stream().map(row -> address(row, byUsrn)).toList();
        unique(addresses, AddressRow::uprn, addressesFile, "UPRN");
        return new GazetteerExtract(streets, addresses);
    }

    private static Street street(CsvFile.Row row) {
        return new Street(matching(row, "usrn", USRN), row.required("name"), row.required("town"),
                row.required("ward"), coordinate(row, "latitude", 90), coordinate(row, "longitude", 180));
    }

    private static AddressRow address(CsvFile.Row row, Map<String, Street> streets) {
        String usrn = row.required("usrn");
        Street street = streets.get(usrn);
        if (street == null) {
            throw row.problem("USRN " + usrn + " is not in the streets file");
        }
        String postcode = row.required("postcode");
        AddressRow address = new AddressRow(matching(row, "uprn", UPRN), usrn, row.optional("organisation"),
                row.optional("sub_building"), row.optional("building_name"), row.optional("building_number"),
                street.name(), street.town(),
                Postcode.parse(postcode).orElseThrow(() -> row.problem("postcode " + postcode + " is not a UK postcode")),
                row.required("ward"), coordinate(row, "latitude", 90), coordinate(row, "longitude", 180));
        if (address.buildingNumber() == null && address.buildingName() == null && address.organisation() == null) {
            throw row.problem("no building number, building name or organisation");
        }
        return address;
    }

    private static String matching(CsvFile.Row row, String column, Pattern pattern) {
        String value = row.required(column);
        if (!pattern.matcher(value).matches()) {
            throw row.problem(column + " " + value + " is not " + pattern.pattern());
        }
        return value;
    }

    private static double coordinate(CsvFile.Row row, String column, double limit) {
        String value = row.required(column);
        try {
            double coordinate = Double.parseDouble(value);
            if (Math.abs(coordinate) <= limit) {
                return coordinate;
            }
        } catch (NumberFormatException e) {
            // reported below, with the line
        }
        throw row.problem(column + " " + value + " is not a number from -" + (int) limit + " to " + (int) limit);
    }

    private static <T> Map<String, T> unique(List<T> rows, Function<T, String> key, Resource file, String what) {
        Set<String> seen = new HashSet<>();
        rows.stream().map(key).filter(id -> !seen.add(id)).findFirst().ifPresent(id -> {
            throw new IllegalStateException(file.getDescription() + ": " + what + " " + id + " appears twice");
        });
        return rows.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}

package org.porth.channels.api;

import java.util.List;

import org.porth.catalogue.Text;
import org.springframework.http.HttpStatus;

/**
 * What the API answers instead of doing what was asked, as an RFC 9457 problem: its kind names its
 * type ({@code /api/v1/problems/<kind>}) and its title and detail in the bundle
 * ({@code api.problem.<kind>.title}, {@code .detail}, with {@code args}), in English and Welsh.
 */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final transient Object[] args;
    private final transient List<FieldProblem> fields;

    ApiProblem(HttpStatus status, String kind, List<FieldProblem> fields, Object... args) {
        super(kind, null, false, false);
        this.status = status;
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.args = args;
    }

    ApiProblem(HttpStatus status, String kind, Object... args) {
        this(status, kind, List.of(), args);
    }

    static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found");
    }

    HttpStatus status() {
        return status;
    }

    String kind() {
        return kind;
    }

    Object[] args() {
        return args.clone();
    }

    List<FieldProblem> fields() {
        return fields;
    }

    /**
     * One thing wrong with what was sent.
     *
     * @param field the question id (or body field) it is about
     * @param input the part of the answer (e.g. {@code postcode}); null for the whole answer
     */
    record FieldProblem(String field, String input, Text message) {
    }
}

package org.porth.resident.ui;

/** What is wrong with an answer: the message, and the id of the input the error summary links to. */
record FieldProblem(String fieldId, String message) {
}

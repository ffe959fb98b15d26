package org.porth.apply.ui;

/** Element ids on form pages, derived from question ids so error-summary links can find inputs. */
final class Ids {

    private Ids() {
    }

    static String of(String questionId) {
        return "q-" + questionId;
    }

    static String of(String questionId, String field) {
        return field == null ? of(questionId) : of(questionId) + "-" + field;
    }
}

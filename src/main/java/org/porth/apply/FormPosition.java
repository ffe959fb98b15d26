package org.porth.apply;

/** Where in a form to go: a page of a draft, or its check-your-answers page when {@code pageId} is null. */
public record FormPosition(String draftId, String pageId) {

    public boolean atCheckAnswers() {
        return pageId == null;
    }
}

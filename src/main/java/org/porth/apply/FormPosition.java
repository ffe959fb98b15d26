package org.porth.apply;

/** Where in a form to go: a page of a draft, or its check-your-answers page when {@code pageId} is null. */
public record FormPosition(String draftId, String pageId) {

    /** Where residents' forms are: a page of a draft is {@code apply/draft/{draft}/{page}}. */
    public static final String RESIDENT_BASE = "apply";

    /** The address of this position in the forms under the base (the resident's, or staff's). */
    public String path(String base) {
        return base + "/draft/" + draftId + "/" + (pageId == null ? "check" : pageId);
    }

    /** The address of this position in the resident's forms, e.g. for My requests. */
    public String residentPath() {
        return path(RESIDENT_BASE);
    }

    public boolean atCheckAnswers() {
        return pageId == null;
    }
}

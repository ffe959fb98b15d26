package org.porth.attachments;

/**
 * What a file is uploaded for: the place it waits until it is sent, and whose most-files limit it
 * counts against. A file is sent with a draft's request (when the draft is submitted) or with a
 * message; a message's file never sent is deleted after a while.
 */
public sealed interface UploadSlot {

    /** A file-upload question of a draft. */
    record Question(String draftId, String questionId) implements UploadSlot {
    }

    /** A message the signed-in person is writing about the case with this reference. */
    record Message(String caseReference) implements UploadSlot {
    }
}

package org.porth.apply.internal;

/** Submit-once on H2, the embedded default (the test database of src/test/resources/config). */
class SubmitOnceOnH2Test extends SubmitOnceContract {
}

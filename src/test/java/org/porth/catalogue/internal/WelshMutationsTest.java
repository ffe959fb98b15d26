package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mutated Welsh word is indexed with the dictionary form a resident searches for. */
class WelshMutationsTest {

    @Test
    void softMutations() {
        assertThat(WelshMutations.radicals("dreth")).contains("dreth", "treth");
        assertThat(WelshMutations.radicals("wastraff")).contains("gwastraff");
        assertThat(WelshMutations.radicals("fin")).contains("bin", "min");
        assertThat(WelshMutations.radicals("olau")).contains("golau");
        assertThat(WelshMutations.radicals("lwybr")).contains("llwybr");
        assertThat(WelshMutations.radicals("ddiwrnod")).contains("diwrnod");
    }

    @Test
    void nasalAndAspirateMutationsAndAnAddedH() {
        assertThat(WelshMutations.radicals("nghyngor")).contains("cyngor");
        assertThat(WelshMutations.radicals("mhen")).contains("pen");
        assertThat(WelshMutations.radicals("phalmant")).contains("palmant");
        assertThat(WelshMutations.radicals("henw")).contains("enw");
    }

    @Test
    void aWordThatCannotBeAMutationStaysAsItIs() {
        assertThat(WelshMutations.radicals("sbwriel")).containsExactly("sbwriel");
    }
}

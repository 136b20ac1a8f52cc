package dev.examloop.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TagTest {
    @Test
    void acceptsLowerCaseLettersDigitsAndHyphensStartingWithALetterOrDigit() {
        assertThat(Tag.isTag("tcp-handshake")).isTrue();
        assertThat(Tag.isTag("3-way")).isTrue();
        assertThat(Tag.isTag("a".repeat(Tag.MAX_LENGTH))).isTrue();
    }

    @Test
    void refusesCapitalsSpacesALeadingHyphenAndTooLongATag() {
        assertThat(Tag.isTag("TCP")).isFalse();
        assertThat(Tag.isTag("tcp handshake")).isFalse();
        assertThat(Tag.isTag("-tcp")).isFalse();
        assertThat(Tag.isTag("")).isFalse();
        assertThat(Tag.isTag(null)).isFalse();
        assertThat(Tag.isTag("a".repeat(Tag.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void showsTheBadValueAndTheShapeWhenMadeFromSomethingElse() {
        assertThatThrownBy(() -> new Tag("TCP Handshake"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'TCP Handshake' is not a tag: a tag has 1 to 128 lower-case letters, digits and '-',"
                        + " starting with a letter or digit");
    }

    @Test
    void readsWhatAUserTypedStrippedAndLowerCased() {
        assertThat(Tag.typed("  TCP-Handshake ")).contains(new Tag("tcp-handshake"));
        assertThat(Tag.typed("tcp handshake")).isEmpty();
        assertThat(Tag.of("TCP")).isEmpty();
    }

    @Test
    void slugsFreeTextIntoATagOrNothing() {
        assertThat(Tag.slug("What is TCP?")).isEqualTo("what-is-tcp");
        assertThat(Tag.slug("--!!--")).isEmpty();
        assertThat(Tag.slug("x".repeat(200))).hasSize(120);
    }
}

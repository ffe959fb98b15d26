package org.porth.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.shared.Council;
import org.porth.shared.Language;

/** Every kind of notification has its words in English and in Welsh, on every channel, with the reference and the link. */
class TemplatesTest {

    private static final String REFERENCE = "PTH-7K4M-2Q9D";
    private static final String LINK = "https://portal.example.gov.uk/my-requests/PTH-7K4M-2Q9D";

    private final Templates templates = new Templates(new Council("Porth County Council", "Cyngor Sir Porth", null,
            null, null, null, null, null));

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void eachKindIsWrittenInBothLanguagesWithTheReferenceAndTheLink(NotificationKind kind) {
        for (NotificationChannel channel : NotificationChannel.values()) {
            Message english = templates.render(kind, channel, Language.ENGLISH, REFERENCE, LINK, "detail", "when", "where",
                    " why");
            Message welsh = templates.render(kind, channel, Language.WELSH, REFERENCE, LINK, "detail", "when", "where",
                    " why");

            for (Message message : new Message[] {english, welsh}) {
                assertThat(message.subject()).contains(REFERENCE).doesNotContain("{", "!notify");
                assertThat(message.body()).contains(REFERENCE, LINK).doesNotContain("{", "!notify");
                assertThat(message.link()).isEqualTo(LINK);
            }
            assertThat(english.body()).contains("Porth County Council");
            assertThat(welsh.body()).contains("Cyngor Sir Porth");
            assertThat(welsh.subject()).isNotEqualTo(english.subject());
            assertThat(welsh.body()).isNotEqualTo(english.body());
        }
    }
}

package org.porth.forms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.forms.Forms.anyOf;
import static org.porth.forms.Forms.answers;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.noneOf;
import static org.porth.forms.Forms.page;
import static org.porth.forms.Forms.pageWithExit;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.service;
import static org.porth.forms.Forms.text;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.porth.attachments.StoredFiles;
import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.gazetteer.Gazetteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * A caller that is not a web page checks a whole set of answers in one call: a plain Spring context
 * with the form engine and method security, no Spring Boot, no web server and no Vaadin.
 */
@SpringJUnitConfig(FormCheckTest.Engine.class)
class FormCheckTest {

    private static final EligibilityExit NOT_SUBSCRIBED = new EligibilityExit(noneOf("subscribed", "yes"),
            text("You need a garden waste subscription", "Mae angen tanysgrifiad gwastraff gardd arnoch"),
            text("Subscribe to garden waste collections", "Tanysgrifiwch i gasgliadau gwastraff gardd"));

    private static final ServiceDefinition FORM = service(1,
            pageWithExit("subscription", NOT_SUBSCRIBED,
                    question("subscribed", QuestionType.YES_NO).name("whether you subscribe", "a ydych yn tanysgrifio").build()),
            page("about", question("name", QuestionType.SHORT_TEXT).name("your name", "eich enw").build()),
            page("contact",
                    question("email", QuestionType.EMAIL).name("your email address", "eich cyfeiriad e-bost").build(),
                    question("text-me", QuestionType.YES_NO).name("whether we may text you", "a gawn ni anfon neges destun").build(),
                    question("mobile", QuestionType.UK_PHONE).name("your mobile number", "eich rhif ffôn symudol")
                            .showIf(anyOf("text-me", "yes")).build(),
                    question("born", QuestionType.DATE).name("your date of birth", "eich dyddiad geni").notAfter("today").build()));

    @Autowired
    private FormCheck forms;

    @Autowired
    private PageValidator pages;

    @Autowired
    private ApplicationContext context;

    @Test
    void everyProblemOnEveryPageComesBackByQuestionInBothLanguages() {
        Answers sent = answers("subscribed", "Yes", "email", "sam@", "text-me", "yes", "mobile", "0770",
                "born", fields("day", "31", "month", "2", "year", "2000"));

        CheckedAnswers checked = forms.check(FORM, sent, null);

        assertThat(checked.complete()).isFalse();
        assertThat(checked.problems()).containsOnlyKeys("name", "email", "mobile", "born");
        assertThat(checked.problems().get("name")).extracting(error -> error.message().en(), error -> error.message().cy())
                .containsExactly(tuple("Enter your name", "Rhowch eich enw"));
        assertThat(checked.problems().get("born")).extracting(error -> error.message().en())
                .containsExactly("Your date of birth must be a real date");
        assertThat(checked.answers().get("email")).as("kept as sent").contains(Answer.of("sam@"));
    }

    @Test
    void theMessagesAreTheOnesTheWebPagesShow() {
        Answers sent = answers("subscribed", "yes", "name", "Sam", "email", "sam@", "text-me", "no",
                "born", fields("day", "1", "month", "13", "year", "2000"));

        List<FieldError> onThePage = pages.check(FORM, "contact", sent, Forms.context()).errors();

        assertThat(forms.check(FORM, sent, null).problems().values().stream().flatMap(List::stream).toList())
                .isNotEmpty().isEqualTo(onThePage);
    }

    @Test
    void aCompleteSetIsNormalisedAndAnswersToHiddenQuestionsAreLeftOut() {
        Answers sent = answers("subscribed", "YES", "name", " Sam Jones ", "email", " sam@Example.com ", "text-me", "no",
                "mobile", "not a number", "born", fields("day", "01", "month", "02", "year", "2000"));

        CheckedAnswers checked = forms.check(FORM, sent, null);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.complete()).isTrue();
        assertThat(checked.answers().get("email")).contains(Answer.of("sam@example.com"));
        assertThat(checked.answers().get("born").flatMap(Answer::value)).contains("2000-02-01");
        assertThat(checked.answers().get("mobile")).as("the question shows only to those who may be texted").isEmpty();
    }

    @Test
    void answersThatLeadToAnEligibilityExitCannotBeSent() {
        CheckedAnswers checked = forms.check(FORM, answers("subscribed", "no", "name", "Sam", "email", "sam@example.com",
                "text-me", "no", "born", fields("day", "1", "month", "2", "year", "2000")), null);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.stop()).contains(NOT_SUBSCRIBED);
        assertThat(checked.complete()).isFalse();
    }

    @Test
    void noVaadinClassIsOnTheWay() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType))
                .noneMatch(type -> type != null && type.getName().startsWith("com.vaadin"));
        noClasses().that().resideInAPackage("org.porth.forms..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.porth.forms"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity
    @Import({FormCheck.class, Journey.class, PageValidator.class, AnswerValidator.class})
    static class Engine {

        @Bean
        Clock clock() {
            return Forms.CLOCK;
        }

        @Bean
        Gazetteer gazetteer() {
            return new FakeGazetteer();
        }

        @Bean
        StoredFiles files() {
            return FakeStoredFiles.withSomeFiles();
        }
    }
}

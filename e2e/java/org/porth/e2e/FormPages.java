package org.porth.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Filling in the portal's form pages the way a resident does: label by label, by keyboard and mouse. */
final class FormPages {

    private final PortalBrowserTest test;

    FormPages(PortalBrowserTest test) {
        this.test = test;
    }

    private ChromeDriver driver() {
        return test.driver;
    }

    void continueOn() {
        test.click(driver().findElement(By.id("continue")));
    }

    /** The radio button or checkbox whose label is this text. */
    void choose(String label) {
        test.click(driver().findElement(By.xpath("//vaadin-radio-button[normalize-space(.)=\"" + label + "\"]"
                + " | //vaadin-checkbox[normalize-space(.)=\"" + label + "\"]")));
    }

    void type(String questionId, String text) {
        WebElement input = driver().findElement(box(questionId));
        input.clear();
        input.sendKeys(text);
    }

    String value(String questionId) {
        return driver().findElement(box(questionId)).getAttribute("value");
    }

    /** A Vaadin field's own input, or a native input (the date boxes) by its id. */
    private static By box(String questionId) {
        String id = "#q-" + questionId;
        return By.cssSelector(id + " input, " + id + " textarea, input" + id);
    }

    void date(String questionId, LocalDate date) {
        dateParts(questionId, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    void dateParts(String questionId, String day, String month, String year) {
        type(questionId + "-day", day);
        type(questionId + "-month", month);
        type(questionId + "-year", year);
    }

    void findAddress(String questionId, String postcode, int choice) {
        type(questionId + "-postcode", postcode);
        test.click(test.button(test.text("Find address", "Dod o hyd i'r cyfeiriad")));
        new Select(driver().findElement(By.id("q-" + questionId + "-uprn"))).selectByIndex(choice);
    }

    /**
     * A signed-in resident's missed black bin at the postcode's first address, collection due
     * yesterday, their account's email kept: from the address page to check your answers.
     */
    void missedBlackBinUpToCheckYourAnswers(String postcode) {
        findAddress("address", postcode, 1);
        continueOn();
        choose("Black bin (general rubbish)");
        continueOn();
        date("collection-date", yesterday());
        continueOn();
        choose("Yes");
        continueOn();
        continueOn();
        continueOn();
    }

    void findStreet(String questionId, String street, String description) {
        choose(test.text("On a street or in a public place", "Ar stryd neu mewn man cyhoeddus"));
        type(questionId + "-street-name", street);
        test.click(test.button(test.text("Find street", "Dod o hyd i'r stryd")));
        new Select(driver().findElement(By.id("q-" + questionId + "-usrn"))).selectByIndex(1);
        type(questionId + "-description", description);
    }

    /** Several files are chosen together, as a person picks them in one go. */
    void upload(String questionId, Path... files) {
        WebElement upload = driver().findElement(By.id("q-" + questionId));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(Stream.of(files).map(file -> file.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
    }

    String errorSummary() {
        return driver().findElement(By.cssSelector(".porth-error-summary")).getText();
    }

    String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    static LocalDate yesterday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1);
    }
}

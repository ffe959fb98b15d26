package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

/** The council's open data, read without signing in, on a phone and a desktop, in English and Welsh. */
class OpenDataIT extends PortalBrowserTest {

    @OnPhoneAndDesktop
    void anyoneReadsTheOpenDataPageWithItsLicenceAndFilesInBothLanguages(Viewport viewport) {
        startBrowser(viewport);
        open("/open-data");
        assertThat(heading()).isEqualTo("Open data: our services month by month");
        assertThat(link("Open Government Licence v3.0").getAttribute("href"))
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(driver.findElement(By.id("open-data-csv")).getAttribute("download")).isEqualTo("porth-open-data.csv");
        assertThat(driver.findElement(By.id("open-data-json")).getAttribute("download")).isEqualTo("porth-open-data.json");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("it reads [c] instead");
        assertNoSidewaysScrolling("open data");
        assertAccessible("open data");

        open("/open-data?lang=cy");
        assertThat(htmlLang()).isEqualTo("cy");
        assertThat(heading()).isEqualTo("Data agored: ein gwasanaethau fis wrth fis");
        assertThat(link("Drwydded Llywodraeth Agored v3.0").getAttribute("href"))
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/");
        assertNoSidewaysScrolling("open data in Welsh");
        assertAccessible("open data in Welsh");
    }
}

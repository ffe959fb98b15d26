package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Finding a service before signing in: search from the start page, browse, read its start page. */
class ServiceCatalogueIT extends PortalBrowserTest {

    @OnPhoneAndDesktop
    void aResidentSearchesFromTheStartPageAndReachesAStartPage(Viewport viewport) {
        startBrowser(viewport);
        open("/");
        WebElement search = driver.findElement(By.id("start-service-search"));
        search.sendKeys("bin", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("q=bin"));
        waitForPage();

        assertThat(path()).isEqualTo("/services");
        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).isEqualTo("q=bin");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("4 services found for ‘bin’");
        assertAccessible("search results for bin");

        click(link("Report a missed bin collection"));
        assertThat(path()).isEqualTo("/services/missed-bin");
        assertThat(driver.getTitle()).isEqualTo("Report a missed bin collection – Porth County Council");
        assertThat(driver.findElement(By.linkText("Start now")).getAttribute("href")).endsWith("/apply/missed-bin");
        assertAccessible("missed bin start page");
    }

    @OnPhoneAndDesktop
    void aWelshReaderBrowsesAndSearchesInWelsh(Viewport viewport) {
        startBrowser(viewport);
        open("/services?lang=cy");
        assertThat(heading()).isEqualTo("Gwasanaethau'r cyngor");
        assertAccessible("services by topic in Welsh");

        driver.findElement(By.id("service-search")).sendKeys("sbwriel", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("q=sbwriel"));
        waitForPage();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Cafwyd hyd i 2 wasanaeth ar gyfer ‘sbwriel’", "Rhoi gwybod am gasgliad bin a fethwyd");
        assertAccessible("search results in Welsh");

        driver.findElement(By.id("service-search")).clear();
        driver.findElement(By.id("service-search")).sendKeys("llong ofod", Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("llong"));
        waitForPage();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Ni chafwyd hyd i unrhyw wasanaeth ar gyfer ‘llong ofod’");
        assertAccessible("no search results in Welsh");
    }
}

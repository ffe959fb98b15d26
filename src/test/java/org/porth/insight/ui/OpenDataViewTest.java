package org.porth.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.PortalViewTest;
import org.porth.insight.InsightFixture;
import org.porth.insight.internal.Rollups;
import org.porth.insight.opendata.OpenData;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /open-data} for someone who has not signed in: last month's 11 web and 3 phone pothole reports,
 * the phone ones hidden and the web ones with them, as the page and the files show them, in English
 * and Welsh.
 */
class OpenDataViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Rollups rollups;
    @Autowired
    private OpenData openData;

    private InsightFixture data;
    private YearMonth lastMonth;

    @BeforeEach
    void lastMonthsPotholes() {
        data = new InsightFixture(jdbc, rollups);
        lastMonth = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
        for (int day = 1; day <= 14; day++) {
            data.in(data.highwaysQueue, data.potholes).channel(day <= 11 ? "WEB" : "PHONE")
                    .submitted(lastMonth.atDay(day).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC).toString());
        }
    }

    @Test
    void anyoneSeesLastMonthWithTheFewHiddenAndTheLicence() {
        navigate(OpenDataView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(english("opendata.title"));
        assertThat(find(Anchor.class).withText(english("opendata.licence.name")).single().getHref())
                .isEqualTo(OpenDataFiles.LICENCE_URL);
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", Language.ENGLISH.locale()).format(lastMonth);
        String table = find(NativeTable.class).single().getElement().getTextRecursively();
        assertThat(table).contains(english("opendata.caption", month), data.potholes + "14[c]100%00[z]");
        assertThat(find(Anchor.class).withId("open-data-csv").single().getText()).isEqualTo(english("opendata.download.csv"));
        assertThat(find(Div.class).withId("open-data-latest").exists()).isTrue();
    }

    @Test
    void theFilesCarryTheSameSuppressedFiguresInEitherLanguage() {
        OpenDataFiles files = new OpenDataFiles(openData.published(), language -> id -> id + "-" + language.code());
        assertThat(files.csv()).startsWith("month,service_id,service_name_en,service_name_cy,requests,channel_web,"
                + "channel_phone,channel_face_to_face,channel_api,channel_device,within_target_percent,outcomes,")
                .contains("\r\n%s,%s,%s-en,%s-cy,14,[c],[c],0,0,0,100,0,0,0,0,0,0,0,0,0,0,0,[z]\r\n".formatted(lastMonth,
                        data.potholes, data.potholes, data.potholes));
        assertThat(files.json()).contains("\"licence\":{", OpenDataFiles.LICENCE_URL,
                "\"service_id\":\"%s\",\"service_name_en\":\"%s-en\",\"service_name_cy\":\"%s-cy\",\"requests\":14,\"channel_web\":null,\"channel_phone\":null"
                        .formatted(data.potholes, data.potholes, data.potholes),
                "\"satisfied_percent\":null,\"suppressed\":[\"channel_web\",\"channel_phone\"]");
    }

    @Test
    void inWelsh() {
        chooseLanguage(Language.WELSH);
        navigate(OpenDataView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(welsh("opendata.title"));
        assertThat(find(Anchor.class).withText(welsh("opendata.licence.name")).single().getHref())
                .isEqualTo(welsh("opendata.licence.url"));
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", Language.WELSH.locale()).format(lastMonth);
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively()).contains(welsh("opendata.caption", month));
    }
}

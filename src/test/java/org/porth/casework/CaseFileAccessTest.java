package org.porth.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.apply.RequestSubmitted;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestPdfs;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.attachments.internal.FileSending;
import org.porth.browserless.People;
import org.porth.casework.internal.CaseOpening;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.UploadLimits;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.identity.Role;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.porth.shared.Reference;
import org.porth.tracking.SentRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A case's files (sent with the request, or with a message) reach staff exactly as the case does: a
 * caseworker of another team gets the 404 of a file that does not exist, as they get "Page not
 * found" for the case; a member of the team that works it gets them, and each download or preview is
 * in the case's audit log; the resident who sent them still gets them, and another resident nothing.
 */
@SpringBootTest
class CaseFileAccessTest {

    private static final String NO_SUCH_FILE = "00000000000000000000000000000000";
    private static final List<String> DOWNLOAD_AND_PREVIEW = List.of("", "/preview");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseOpening opening;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private ResidentCases cases;
    @Autowired
    private Attachments attachments;
    @Autowired
    private FileSending sending;
    @Autowired
    private Teams teams;
    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;
    private Authentication catrin;
    private String reference;
    private StoredFile answerFile;
    private StoredFile messageFile;
    private Authentication highways;
    private Authentication housing;

    @BeforeEach
    void catrinReportsAPotholeWithALetterAndSendsAnotherWithAMessage() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Somebody somebody = Somebody.named("Catrin");
        catrin = somebody.asResident();
        signIn(catrin);
        String draft = UUID.randomUUID().toString();
        answerFile = uploaded(new UploadSlot.Question(draft, "photos"), "letter.pdf");
        Answers answers = SentRequests.POTHOLE.with("photos", new Answer(Map.of("file", List.of(answerFile.id()))));
        reference = Reference.random().value();
        opening.open(new RequestSubmitted(UUID.randomUUID().toString(), new Reference(reference), "pothole",
                catalogue.current("pothole").orElseThrow().version(), residents.current().id().toString(), Channel.WEB,
                null, Instant.now(), answers));
        sending.sendWithRequest(draft, answers.fileIds(), reference);
        messageFile = uploaded(new UploadSlot.Message(reference), "photos.pdf");
        cases.write(reference, "Another letter about it.", List.of(messageFile.id()));
        highways = officerOf("highways", "Highways Officer " + somebody.family);
        housing = officerOf("housing-repairs", "Housing Officer " + somebody.family);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseworkerOfAnotherTeamGetsWhatAFileThatDoesNotExistGets() throws Exception {
        for (StoredFile file : List.of(answerFile, messageFile)) {
            for (String preview : DOWNLOAD_AND_PREVIEW) {
                MockHttpServletResponse refused = open(file.id(), preview, housing);
                MockHttpServletResponse missing = open(NO_SUCH_FILE, preview, housing);
                assertThat(refused.getStatus()).as(file.name() + preview).isEqualTo(404).isEqualTo(missing.getStatus());
                assertThat(refused.getContentAsByteArray()).isEmpty();
                assertThat(refused.getHeaderNames()).isEqualTo(missing.getHeaderNames());
            }
        }
        assertThat(fileReads()).as("nothing read, nothing recorded").isEmpty();
    }

    @Test
    void aMemberOfTheTeamThatWorksTheCaseGetsItsFilesAndEachReadIsRecorded() throws Exception {
        for (StoredFile file : List.of(answerFile, messageFile)) {
            MockHttpServletResponse download = open(file.id(), "", highways);
            assertThat(download.getStatus()).as(file.name()).isEqualTo(200);
            assertThat(download.getContentType()).isEqualTo("application/pdf");
            MockHttpServletResponse preview = open(file.id(), "/preview", highways);
            assertThat(preview.getStatus()).as(file.name() + " preview").isEqualTo(200);
            assertThat(preview.getContentType()).isEqualTo("image/png");
        }

        String officer = staffId(highways);
        assertThat(fileReads()).containsExactly(
                List.of(officer, "FILE_DOWNLOADED", "file-link", "letter.pdf"),
                List.of(officer, "FILE_PREVIEWED", "file-link", "letter.pdf"),
                List.of(officer, "FILE_DOWNLOADED", "file-link", "photos.pdf"),
                List.of(officer, "FILE_PREVIEWED", "file-link", "photos.pdf"));
    }

    @Test
    void theResidentWhoSentThemStillGetsThemAndAnotherResidentDoesNot() throws Exception {
        Authentication dafydd = Somebody.named("Dafydd").asResident();
        for (StoredFile file : List.of(answerFile, messageFile)) {
            for (String preview : DOWNLOAD_AND_PREVIEW) {
                assertThat(open(file.id(), preview, catrin).getStatus()).as(file.name() + preview).isEqualTo(200);
                MockHttpServletResponse refused = open(file.id(), preview, dafydd);
                assertThat(refused.getStatus()).isEqualTo(404).isEqualTo(open(NO_SUCH_FILE, preview, dafydd).getStatus());
            }
        }
        assertThat(fileReads()).as("a resident's own reads are not staff reads of the case").isEmpty();
    }

    private StoredFile uploaded(UploadSlot slot, String name) {
        return ((UploadResult.Stored) attachments.upload(slot, name, TestPdfs.pages(2), UploadLimits.DEFAULT)).file();
    }

    private Authentication officerOf(String team, String name) {
        Authentication officer = People.signedIn(name, null, Role.CASEWORKER);
        teams.join(team, staffId(officer), false);
        return officer;
    }

    /** The portal's id of a staff sign-in made by {@link People}: its registration and subject. */
    private static String staffId(Authentication officer) {
        return "staff:" + officer.getName();
    }

    private List<List<String>> fileReads() {
        return jdbc.query("""
                select a.staff_id, a.action, a.screen, a.detail from case_audit a join service_case c on c.id = a.case_id
                where c.reference = ? and a.action like 'FILE_%' order by a.at""",
                (row, number) -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), reference);
    }

    private MockHttpServletResponse open(String fileId, String preview, Authentication person) throws Exception {
        return mvc.perform(get("/files/" + fileId + preview).with(authentication(person))).andReturn().getResponse();
    }

    private static void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
    }
}

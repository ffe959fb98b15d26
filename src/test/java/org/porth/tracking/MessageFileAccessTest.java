package org.porth.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.TestFiles;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.casework.ResidentCases;
import org.porth.casework.internal.CaseOpening;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.UploadLimits;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
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
 * A file a resident sent with a message: they download and preview it; another resident, changing
 * the id in the address, gets exactly the answer a file that does not exist gets.
 */
@SpringBootTest
class MessageFileAccessTest {

    private static final String NO_SUCH_FILE = "00000000000000000000000000000000";

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
    private WebApplicationContext context;

    private MockMvc mvc;
    private Authentication catrin;
    private StoredFile photo;

    @BeforeEach
    void catrinSendsAPhotoWithAMessage() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        catrin = Somebody.named("Catrin").asResident();
        SecurityContextHolder.getContext().setAuthentication(catrin);
        String reference = new SentRequests(jdbc, opening, catalogue)
                .pothole(residents.current().id().toString(), Channel.WEB, Instant.now());
        photo = ((UploadResult.Stored) attachments.upload(new UploadSlot.Message(reference), "hole.png",
                TestFiles.bytes("photo.png"), UploadLimits.DEFAULT)).file();
        cases.write(reference, "Here it is.", List.of(photo.id()));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theResidentOpensTheirFile() throws Exception {
        assertThat(open(photo.id(), "", catrin).getStatus()).isEqualTo(200);
    }

    @Test
    void anotherResidentGetsWhatAFileThatDoesNotExistGets() throws Exception {
        Authentication dafydd = Somebody.named("Dafydd").asResident();
        for (String preview : List.of("", "/preview")) {
            MockHttpServletResponse refused = open(photo.id(), preview, dafydd);
            MockHttpServletResponse missing = open(NO_SUCH_FILE, preview, dafydd);
            assertThat(refused.getStatus()).as("/files/{id}" + preview).isEqualTo(404).isEqualTo(missing.getStatus());
            assertThat(refused.getContentAsByteArray()).isEqualTo(missing.getContentAsByteArray());
            assertThat(refused.getHeaderNames()).isEqualTo(missing.getHeaderNames());
        }
    }

    private MockHttpServletResponse open(String fileId, String preview, Authentication person) throws Exception {
        return mvc.perform(get("/files/" + fileId + preview).with(authentication(person))).andReturn().getResponse();
    }
}

package org.porth.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult.Stored;
import org.porth.browserless.People;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.Role;
import org.porth.shared.LanguageChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /files/{id}/preview}: a picture of a PDF's first page for exactly the people who may
 * download the PDF; anyone else gets what they would get for a file that does not exist.
 */
class FilePreviewTest extends FilesTestBase {

    private static final String NO_SUCH_FILE = "00000000000000000000000000000000";

    @Autowired
    private Attachments attachments;
    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void theUploaderSeesThePicturedFirstPageOfTheirPdf() throws Exception {
        StoredFile letter = samUploads("letter.pdf", TestPdfs.pages(3));

        MockHttpServletResponse response = preview(letter, SAM);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(page.getWidth()).as("an A4 page drawn 800 pixels wide").isEqualTo(800);
        assertThat(page.getHeight()).isEqualTo(1131);
        assertThat(page.getRGB(400, 20) & 0xffffff).as("the black bar at the top of page 1").isZero();
        assertThat(page.getRGB(400, 600) & 0xffffff).as("the rest of the page is white").isEqualTo(0xffffff);
    }

    /** Staff see it once it is sent, as they reach its case: see casework's CaseFileAccessTest. */
    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASEWORKER", "SUPERVISOR", "ADMIN"})
    void staffGetA404WhileNobodyHasSentIt(Role role) throws Exception {
        StoredFile letter = samUploads("letter.pdf", TestPdfs.pages(1));

        MockHttpServletResponse response = preview(letter, People.officer(role));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aPdfWhosePageDrawsAPictureOf1600MegapixelsHasNoPreview() throws Exception {
        StoredFile hostile = samUploads("scan.pdf", TestPdfs.drawingAPictureOf(40_000, 40_000));

        MockHttpServletResponse response = preview(hostile, SAM);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).isEqualTo("There is no preview of this file. Download it to see it.");
    }

    @Test
    void anotherResidentGetsExactlyWhatANonExistentFileGets() throws Exception {
        StoredFile letter = samUploads("letter.pdf", TestPdfs.pages(1));

        MockHttpServletResponse refused = preview(letter.id(), RHIAN);
        MockHttpServletResponse missing = preview(NO_SUCH_FILE, RHIAN);

        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsByteArray()).isEmpty();
        assertThat(refused.isCommitted()).as("no error page dispatch").isFalse();
        assertThat(headers(refused)).isEqualTo(headers(missing));
        assertThat(refused.getContentType()).isEqualTo(missing.getContentType());
    }

    @Test
    void aVisitorOrAStaffSignInWithoutARoleGetsTheSame404() throws Exception {
        StoredFile letter = samUploads("letter.pdf", TestPdfs.pages(1));

        assertThat(mvc.perform(get("/files/{id}/preview", letter.id())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        MockHttpServletResponse noRole = preview(letter, People.officer());
        assertThat(noRole.getStatus()).isEqualTo(404);
        assertThat(noRole.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aBrokenPdfSaysThereIsNoPreviewInsteadOfFailing() throws Exception {
        StoredFile broken = samUploads("scan.pdf", TestPdfs.broken());

        MockHttpServletResponse response = preview(broken, SAM);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.getContentAsString()).isEqualTo("There is no preview of this file. Download it to see it.");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aPdfLockedWithAPasswordSaysSoInWelshForAWelshReader() throws Exception {
        StoredFile locked = samUploads("bank.pdf", TestPdfs.lockedWithAPassword());

        MockHttpServletResponse response = mvc.perform(request(locked.id(), SAM)
                .cookie(new Cookie(LanguageChoice.COOKIE, "cy"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).isEqualTo("Does dim rhagolwg o'r ffeil hon. Lawrlwythwch hi i'w gweld.");
    }

    @Test
    void aPhotoHasNoPdfPreview() throws Exception {
        StoredFile photo = samUploads("photo.png", fixture("photo.png"));

        assertThat(preview(photo, SAM).getStatus()).isEqualTo(422);
    }

    private StoredFile samUploads(String name, byte[] content) {
        signIn(SAM);
        StoredFile file = ((Stored) attachments.upload(newSlot(), name, content, UploadLimits.DEFAULT)).file();
        signOut();
        return file;
    }

    private MockHttpServletResponse preview(StoredFile file, Authentication person) throws Exception {
        return preview(file.id(), person);
    }

    private MockHttpServletResponse preview(String fileId, Authentication person) throws Exception {
        return mvc.perform(request(fileId, person)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder request(String fileId, Authentication person) {
        return get("/files/{id}/preview", fileId).with(authentication(person));
    }

    private static Map<String, Object> headers(MockHttpServletResponse response) throws IOException {
        Map<String, Object> headers = new TreeMap<>();
        response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaderValues(name)));
        return headers;
    }
}

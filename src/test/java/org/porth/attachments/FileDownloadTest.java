package org.porth.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult.Stored;
import org.porth.browserless.People;
import org.porth.catalogue.UploadLimits;
import org.porth.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /files/{id}} through the portal's real security: the uploader and staff get the file as
 * a download; anyone else, signed in or not, gets the same 404 as for a file that does not exist.
 */
class FileDownloadTest extends FilesTestBase {

    @Autowired
    private Attachments attachments;
    @Autowired
    private WebApplicationContext context;

    private MockMvc mvc;
    private StoredFile letter;

    @BeforeEach
    void samUploadsALetter() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        signIn(SAM);
        letter = ((Stored) attachments.upload(newSlot(), "Llythyr y cyngor – Tŷ Gwyn.pdf", fixture("letter.pdf"),
                UploadLimits.DEFAULT)).file();
        signOut();
    }

    @Test
    void theUploaderDownloadsTheirFile() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/files/{id}", letter.id()).with(authentication(SAM)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(fixture("letter.pdf")))
                .andExpect(header().longValue("Content-Length", fixture("letter.pdf").length))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Llythyr y cyngor _ T_ Gwyn.pdf\";"
                        + " filename*=UTF-8''Llythyr%20y%20cyngor%20%E2%80%93%20T%C5%B7%20Gwyn.pdf"))
                .andReturn().getResponse();

        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    /** Staff reach a file once it is sent, as they reach its case: see casework's CaseFileAccessTest. */
    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CASEWORKER", "SUPERVISOR", "ADMIN"})
    void staffAreToldThereIsNoSuchFileWhileNobodyHasSentIt(Role role) throws Exception {
        mvc.perform(get("/files/{id}", letter.id()).with(authentication(People.officer(role))))
                .andExpect(notFoundHere())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void anotherResidentIsToldThereIsNoSuchFile() throws Exception {
        mvc.perform(get("/files/{id}", letter.id()).with(authentication(RHIAN)))
                .andExpect(notFoundHere())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void aVisitorWhoHasNotSignedInIsToldThereIsNoSuchFile() throws Exception {
        mvc.perform(get("/files/{id}", letter.id()))
                .andExpect(notFoundHere())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void aStaffSignInWithoutARoleIsToldThereIsNoSuchFile() throws Exception {
        mvc.perform(get("/files/{id}", letter.id()).with(authentication(People.officer())))
                .andExpect(notFoundHere());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000000000000000000000000", "photo.jpg", "ABCDEF"})
    void anUnknownOrMalformedIdIsNotFound(String id) throws Exception {
        mvc.perform(get("/files/" + id).with(authentication(SAM))).andExpect(notFoundHere());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fstored_file", "a%00b"})
    void anEncodedPathIsRefusedBeforeItReachesTheFiles(String id) throws Exception {
        // Spring Security's firewall answers 400 to encoded slashes, dots and null characters
        mvc.perform(get("/files/" + id).with(authentication(SAM)))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    @Test
    void aRemovedFileIsNotFound() throws Exception {
        signIn(SAM);
        attachments.remove(letter.id());

        mvc.perform(get("/files/{id}", letter.id()).with(authentication(SAM))).andExpect(notFoundHere());
    }

    /**
     * 404 with no error page: {@code sendError} would hand over to {@code /error}, which the portal's
     * security answers with 403 for a signed-in person, telling that something is there.
     */
    private static ResultMatcher notFoundHere() {
        return result -> {
            status().isNotFound().match(result);
            assertThat(result.getResponse().isCommitted()).as("answered here, not by the servlet container's error dispatch")
                    .isFalse();
        };
    }

    /**
     * A polyglot: a real JPEG that is also a web page, named as one. It is kept as what its content
     * starts as, and only ever sent as a JPEG to save, renamed so, that the browser may not sniff.
     */
    @Test
    void aJpegThatIsAlsoAWebPageIsOnlyEverAJpegToSave() throws Exception {
        byte[] polyglot = (new String(fixture("photo.jpg"), StandardCharsets.ISO_8859_1)
                + "<html><script>alert(document.cookie)</script></html>").getBytes(StandardCharsets.ISO_8859_1);
        signIn(SAM);
        StoredFile file = ((Stored) attachments.upload(newSlot(), "page.html", polyglot, UploadLimits.DEFAULT)).file();

        mvc.perform(get("/files/{id}", file.id()).with(authentication(SAM)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"page.html.jpg\"; filename*=UTF-8''page.html.jpg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aNameWithMarkupIsOnlyEverAQuotedFileName() throws Exception {
        signIn(SAM);
        StoredFile file = ((Stored) attachments.upload(newSlot(), "\"><script>alert(1)</script>.pdf",
                fixture("letter.pdf"), UploadLimits.DEFAULT)).file();

        mvc.perform(get("/files/{id}", file.id()).with(authentication(SAM)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"script_.pdf\"; filename*=UTF-8''script_.pdf"));
    }
}

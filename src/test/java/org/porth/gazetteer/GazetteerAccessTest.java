package org.porth.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.shared.Postcode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Addresses and streets are public: the portal's gazetteer answers visitors who have not signed in. */
@SpringBootTest
class GazetteerAccessTest {

    @Autowired
    private Gazetteer gazetteer;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aVisitorWhoHasNotSignedInMayLookUp() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(gazetteer.byPostcode(new Postcode("PT1 1AA"))).isNotEmpty();
        assertThat(gazetteer.streets("stryd fawr")).extracting(Street::name).isEqualTo(List.of("Stryd Fawr"));
    }

    @Test
    void codeRunningOutsideAnyRequestMayLookUp() {
        assertThat(gazetteer.streets("mill")).extracting(Street::name).containsExactly("Mill Lane");
    }
}

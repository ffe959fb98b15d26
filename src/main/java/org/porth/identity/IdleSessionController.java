package org.porth.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where a page goes when its idle timer runs out. The idle filter has already ended the session if
 * it really was idle; if the person was active in another tab, they go back to where they were.
 */
@Controller
class IdleSessionController {

    static final String PATH = SessionTimeouts.EXPIRED_PATH;
    static final String SIGNED_OUT_INACTIVE = "/?signed-out=inactive";

    private final CurrentUser currentUser;

    IdleSessionController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping(PATH)
    RedirectView sessionExpired(@RequestParam(name = "continue", required = false) String continueTo) {
        if (!currentUser.isSignedIn()) {
            return redirectTo(SIGNED_OUT_INACTIVE);
        }
        return redirectTo(isLocalPath(continueTo) ? continueTo : "/");
    }

    /** To the path as it is: braces in it are text, not a template to fill in (that would fail). */
    private static RedirectView redirectTo(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setExpandUriTemplateVariables(false);
        return view;
    }

    /** Only paths on this site, so the parameter cannot send anyone elsewhere. */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl);
    }
}

package org.porth.e2e;

import java.util.List;

/**
 * The screens the portal is tried on: every resident page on a phone and a desktop
 * ({@link #PHONE_AND_DESKTOP}, {@link OnPhoneAndDesktop}); the staff pages on a desktop and a tablet,
 * which is what officers carry on a visit.
 */
public enum Viewport {
    DESKTOP(1280, 800),
    PHONE(390, 844),
    TABLET(820, 1180);

    static final List<Viewport> PHONE_AND_DESKTOP = List.of(DESKTOP, PHONE);

    private final int width;
    private final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}

package org.porth.e2e;

/** The two screens every resident page must work on. */
enum Viewport {
    DESKTOP(1280, 800),
    PHONE(390, 844);

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

package org.lectern.ui.theme;

import java.net.URL;

/**
 * Where a stylesheet of Lectern's is read from: the build writes each one also in JavaFX's binary form
 * ({@code x.bss} beside {@code x.css}), which JavaFX reads without parsing it; where there is none (the
 * classes compiled without the build's step), the text.
 */
public final class Stylesheets {
    private Stylesheets() {
    }

    /**
     * The address of the stylesheet {@code css} (a name ending in {@code .css}, as {@link Class#getResource}
     * takes it, relative to {@code beside}'s package or absolute), preferring its binary form; null when
     * there is neither.
     */
    public static String of(Class<?> beside, String css) {
        if (!css.endsWith(".css")) throw new IllegalArgumentException("not a stylesheet's name: " + css);
        URL binary = beside.getResource(css.substring(0, css.length() - ".css".length()) + ".bss");
        URL url = binary != null ? binary : beside.getResource(css);
        return url == null ? null : url.toExternalForm();
    }
}

package org.lectern.minimalwindow;

import javafx.application.Application;

import org.lectern.ui.SoftwareRendering;

/**
 * Starts the minimal window as Lectern starts its own: from a class that is not the Application (the
 * java launcher hands an Application to JavaFX before its main runs), with JavaFX's pipeline chosen
 * as Lectern chooses it, by the same source file (minimal-window.sh compiles it in).
 */
public final class Launch {
    private Launch() {
    }

    public static void main(String[] args) {
        SoftwareRendering.chooseBeforeToolkit();
        Application.launch(MinimalWindow.class, args);
    }
}

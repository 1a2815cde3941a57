/** The benchmark's floor for the first window: JavaFX alone, one Stage and a Label. */
module org.lectern.minimalwindow {
    requires javafx.controls;

    exports org.lectern.minimalwindow to javafx.graphics;
}

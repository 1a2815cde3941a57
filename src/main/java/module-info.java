/** Lectern: a desktop organizer for reading research papers. */
module org.lectern {
    requires java.sql;
    requires java.management;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.xerial.sqlitejdbc;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    exports org.lectern.app;
    exports org.lectern.cli;
    exports org.lectern.library;
    exports org.lectern.listing;
    exports org.lectern.families;
    exports org.lectern.export;
    exports org.lectern.store;
    exports org.lectern.ui;

    opens org.lectern.store;
    opens org.lectern.cli to info.picocli;

}

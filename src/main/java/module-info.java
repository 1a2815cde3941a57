/** Lectern: a desktop organizer for reading research papers. */
module org.lectern {
    requires java.sql;
    requires java.management;
    requires java.net.http;
    requires java.xml;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.xerial.sqlitejdbc;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.jsoup;
    requires org.apache.pdfbox;
    requires org.commonmark;

    exports org.lectern.app;
    exports org.lectern.cli;
    exports org.lectern.library;
    exports org.lectern.listing;
    exports org.lectern.families;
    exports org.lectern.export;
    exports org.lectern.store;
    exports org.lectern.ui;
    exports org.lectern.ui.table;
    exports org.lectern.ui.sidebar;
    exports org.lectern.ui.detail;
    exports org.lectern.ui.duplicates;
    exports org.lectern.ui.backup;
    exports org.lectern.ui.notes;
    exports org.lectern.ui.search;
    exports org.lectern.ui.importing;
    exports org.lectern.ui.theme;
    exports org.lectern.ui.keys;
    exports org.lectern.ui.cheatsheet;
    exports org.lectern.ui.palette;
    exports org.lectern.ui.actions;
    exports org.lectern.ui.picker;
    exports org.lectern.ui.queue;
    exports org.lectern.ui.progress;
    exports org.lectern.ui.families;
    exports org.lectern.ui.shell;
    exports org.lectern.ui.window;
    exports org.lectern.ui.lookup;
    exports org.lectern.edit;
    exports org.lectern.lookup;

    opens org.lectern.store;
    opens org.lectern.ui;
    opens org.lectern.cli to info.picocli;

}

package org.lectern.ui.shell;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.store.LibraryFiles;
import org.lectern.store.Papers;
import org.lectern.ui.window.StatusBar;
import org.lectern.ui.window.WindowParts;

/**
 * From "Export the current view" to a file: ask where, write the view's papers in the background, say how it went.
 *
 * @param libraryFile the library's own file: an export never writes over it
 */
public record ExportFlow(Papers papers, Path libraryFile, WindowParts window) {

    /** Asks for a file over {@code owner}, then writes the view to it. */
    void export(ExportFormat format, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the papers in view");
        chooser.setInitialFileName("lectern." + format.extension());
        File file = chooser.showSaveDialog(owner);
        if (file != null) exportTo(format, file.toPath());
    }

    /** Writes every paper of the current view to {@code file} in the background. */
    public void exportTo(ExportFormat format, Path file) {
        PaperFilter f = window.view().filter();
        window.background().run("Exporting", () -> {
            LibraryFiles.refuse(libraryFile, file); // writing over the library outside SQLite would destroy it
            List<Paper> all = papers.all(f);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.write(all, w);
            }
            return all.size();
        }, n -> window.status().say("Exported " + n + (n == 1 ? " paper to " : " papers to ") + file.getFileName()),
                e -> window.status().fail("The export failed: " + StatusBar.reason(e)));
    }
}

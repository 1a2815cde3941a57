package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.StoppedImport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the status bar says of a search in the real window on a real file: why a search cannot be
 * read, and that papers are still being indexed, a note that goes by itself once they all are.
 */
@ExtendWith(ApplicationExtension.class)
class SearchStatusWindowTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    private void search(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aSearchThatCannotBeReadSaysWhyAndListsNoPaper(FxRobot robot) throws Exception {
        fixture.seedAndSelect(0);
        int all = fx(() -> fixture.window.table().getItems().size());
        search(robot, "NOT");
        until("the reason", () -> fixture.window.showing().getText().startsWith("“NOT” needs a word before it"));
        assertEquals(0, (int) fx(() -> fixture.window.table().getItems().size()), "not every paper");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        until("every paper again", () -> fixture.window.showing().getText().equals("Showing " + all + " papers"));
    }

    @Test
    void theIndexingNoteGoesOnceThePapersAreIndexed(FxRobot robot) {
        search(robot, "quokkas");
        until("the search shown", () -> fixture.window.showing().getText().equals("Showing 0 papers matching “quokkas”"));

        // another process imports many papers and stops before indexing them; the window fills the index
        int n = 300;
        List<ParsedPaper> papers = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            papers.add(new ParsedPaper(i, null, "Quokka Census " + i, "Paper " + i + " counts quokkas on islands.",
                    2, null, null, null, null, 1, null));
        }
        StoppedImport.into(fixture.file, papers);

        String every = "Showing " + n + " papers matching “quokkas”";
        until("every paper found, the note gone", 60, () -> fixture.window.showing().getText().equals(every));
        assertEquals("0", fixture.query("SELECT count(*) FROM search_backlog"), "the index is full");
    }
}

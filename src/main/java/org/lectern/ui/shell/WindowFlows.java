package org.lectern.ui.shell;

import java.util.function.Supplier;

import javafx.application.HostServices;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.lectern.lookup.ArxivSettings;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.StartupTrace;
import org.lectern.ui.WindowState;
import org.lectern.ui.actions.ActionRegistry;
import org.lectern.ui.detail.DetailPane;
import org.lectern.ui.duplicates.DuplicatesFlow;
import org.lectern.ui.families.FamiliesUi;
import org.lectern.ui.importing.ImportFlow;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.lookup.LookupFlow;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Notices;
import org.lectern.ui.window.WindowParts;

/**
 * What the window does beyond showing its rows: the detail pane, the flows (families, backups, exports,
 * lookups, duplicates, note history), the reading and paper keys, and the menus. The first rows wait for
 * none of it: the window makes it on the turn after they are laid out, or at once when a key, a press or
 * a drag comes before then (through {@link LateParts}, so the key finds its action). On the FX thread.
 */
final class WindowFlows {
    final DetailPane detail;
    final FamiliesUi families;
    final BackupFlow backups;
    final NoteHistoryFlow noteHistory;
    final ExportFlow exports;
    final ReadingKeys reading;
    final DuplicatesFlow duplicates;
    final LookupFlow lookups;
    final Menus menus;

    /** What the flows are made from: the window's own parts, made before its first rows. */
    record Base(LibraryServices services, WindowParts parts, Notices notices, ImportFlow imports, ListingDrops drops,
                KeyBindings keys, KeyDispatcher dispatcher, WindowState state, Supplier<ArxivSettings> arxiv,
                Supplier<HostServices> hostServices, Supplier<Stage> stage, Supplier<Node> focusOwner) {
    }

    WindowFlows(Base base) {
        LibraryServices services = base.services();
        Library library = services.library();
        WindowParts parts = base.parts();
        LibraryView view = parts.view();
        KeyDispatcher dispatcher = base.dispatcher();
        noteHistory = new NoteHistoryFlow(services.papers(), parts);
        PaperActions actions = new PaperActions(library, services.papers(), services.files(), parts.changes(), parts.status(),
                base.hostServices(), noteHistory::show);
        detail = new DetailPane(base.keys(), actions, view::focusTable);
        families = new FamiliesUi(services, parts.background(), parts.changes(), parts.overlays(), parts.status(), base.stage()::get);
        view.showDetailIn(detail, families::showSuggestionsFor);
        backups = new BackupFlow(library, parts);
        exports = new ExportFlow(services.papers(), library.file(), parts);
        ActionRegistry registry = new ActionRegistry(dispatcher, parts.overlays().openProperty());
        Triage triage = new Triage(library, view, parts.changes(), parts.status(), actions, dispatcher);
        reading = new ReadingKeys(view, parts.changes(), parts.overlays(), parts.status(), parts.background(), actions,
                dispatcher, registry, triage, library);
        duplicates = new DuplicatesFlow(services, parts.background(), parts.changes(), parts.overlays(), parts.status(), base.keys());
        PaperKeys paperKeys = new PaperKeys(library, view, parts.changes(), parts.status(), base.notices(), dispatcher, duplicates);
        lookups = new LookupFlow(services, parts.background(), parts.changes(), view, parts.status(), base.notices(), dispatcher,
                base.state(), base.arxiv());
        base.imports().onImported(lookups::afterImport);
        parts.status().addPart(lookups.progressView());
        new CopyKeys(view, parts.background(), parts.status(), dispatcher, base.focusOwner());
        menus = new Menus(registry, dispatcher, view, parts.changes(), new Menus.Parts(base.drops(), exports, backups, actions,
                families, reading, parts.background(), paperKeys, lookups));
        view.sidebar().setFamilyMenu(e -> families.menuFor(e, view.sidebar().view().getItems().stream()
                .filter(x -> x instanceof SidebarEntry.FamilyEntry).map(SidebarEntry::label).toList()));
        view.sidebar().setFamiliesAction(families::suggest);
        detail.setFamilyExtras(families.suggestionStrip());
        view.table().setContextMenus(menus::rowMenu);
        StartupTrace.once("window: flows and menus made");
    }
}

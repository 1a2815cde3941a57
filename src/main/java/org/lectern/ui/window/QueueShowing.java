package org.lectern.ui.window;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.store.Papers;
import org.lectern.ui.Background;
import org.lectern.ui.queue.QueueHeader;
import org.lectern.ui.table.PagedRows;

/** The queue's header over the table: shown with the queue's view, with what is next and the weeks' reading. */
final class QueueShowing {
    private QueueShowing() {
    }

    /** Shows or hides {@code header} for the view {@code snap}; {@code current} says the view is still the one shown. */
    static void show(QueueHeader header, Papers papers, Background background, PagedRows.Snapshot snap, BooleanSupplier current) {
        boolean queue = snap.filter().view() == PaperFilter.View.QUEUE;
        header.setShown(queue);
        if (!queue) return;
        PaperRow first = snap.first().isEmpty() ? null : snap.first().get(0);
        String query = snap.filter().search();
        if (query == null || query.isBlank()) {
            header.show(first, snap.count());
        } else {
            background.run(null, () -> papers.count(snap.filter().withSearch(null)), size -> {
                if (current.getAsBoolean()) header.showSearched(first, snap.count(), size, query);
            });
        }
        background.run(null, () -> papers.readPerWeek(LocalDate.now(ZoneOffset.UTC), 8), header::showReadPerWeek);
    }
}

package org.lectern.ui.sidebar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lectern.library.Family;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.library.TagCount;
import org.lectern.store.Families;
import org.lectern.store.Papers;

/** Reads what the sidebar lists, in one background call. */
public final class SidebarModel {
    private SidebarModel() {
    }

    /** Every sidebar line, headings included; call from the background. */
    public static List<SidebarEntry> read(Papers papers, Families families) {
        Map<Status, Integer> counts = papers.statusCounts();
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<SidebarEntry> out = new ArrayList<>();
        out.add(new SidebarEntry.Heading("Library"));
        out.add(new SidebarEntry.ViewEntry(PaperFilter.View.ALL, "All papers", all));
        out.add(new SidebarEntry.ViewEntry(PaperFilter.View.QUEUE, "Reading queue",
                counts.get(Status.QUEUED) + counts.get(Status.READING)));
        out.add(new SidebarEntry.ViewEntry(PaperFilter.View.RECENT, "Recently added",
                all == 0 ? 0 : papers.count(PaperFilter.all().withView(PaperFilter.View.RECENT))));
        out.add(new SidebarEntry.Heading("Status"));
        for (Status s : Status.values()) out.add(new SidebarEntry.StatusEntry(s, counts.get(s)));
        List<Family> fs = families.list();
        if (!fs.isEmpty()) {
            out.add(new SidebarEntry.Heading("Families"));
            for (Family f : fs) out.add(new SidebarEntry.FamilyEntry(f.name(), f.color(), f.read(), f.total()));
        }
        List<TagCount> tags = papers.tags();
        if (!tags.isEmpty()) {
            out.add(new SidebarEntry.Heading("Tags"));
            for (TagCount t : tags) out.add(new SidebarEntry.TagEntry(t.name(), t.count()));
        }
        return out;
    }
}

package org.lectern.ui.sidebar;

import org.lectern.library.PaperFilter;
import org.lectern.library.Status;

/** One line of the sidebar: a section heading, or a list of papers with its count. */
public sealed interface SidebarEntry {
    /** The filter that shows this entry's papers (keeping {@code search}), or null for a heading. */
    PaperFilter filter(String search);

    String label();

    /** A section title; not selectable. */
    record Heading(String label) implements SidebarEntry {
        @Override
        public PaperFilter filter(String search) {
            return null;
        }
    }

    /** All papers, the reading queue, the latest import. */
    record ViewEntry(PaperFilter.View view, String label, int count) implements SidebarEntry {
        @Override
        public PaperFilter filter(String search) {
            return PaperFilter.all().withView(view).withSearch(search);
        }
    }

    record StatusEntry(Status status, int count) implements SidebarEntry {
        @Override
        public PaperFilter filter(String search) {
            return PaperFilter.all().withStatus(status).withSearch(search);
        }

        @Override
        public String label() {
            return status.label();
        }
    }

    /** A family with its colour and how many of its papers are read. */
    record FamilyEntry(String label, String color, int read, int total) implements SidebarEntry {
        @Override
        public PaperFilter filter(String search) {
            return PaperFilter.all().withFamily(label).withSearch(search);
        }
    }

    record TagEntry(String label, int count) implements SidebarEntry {
        @Override
        public PaperFilter filter(String search) {
            return PaperFilter.all().withTag(label).withSearch(search);
        }
    }
}

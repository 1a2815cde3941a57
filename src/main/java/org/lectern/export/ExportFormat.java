package org.lectern.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.lectern.library.Paper;

/** The formats a set of papers can be written in. */
public enum ExportFormat {
    JSON("json"), BIBTEX("bib"), MARKDOWN("md");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Reads "json", "bibtex" or "markdown" (any case); throws with the valid names otherwise. */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) return f;
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (use json, bibtex or markdown)");
    }

    /** Writes {@code papers} to {@code out} in this format. */
    public void write(List<Paper> papers, Writer out) throws IOException {
        switch (this) {
            case JSON -> JsonExport.write(papers, out);
            case BIBTEX -> BibtexExport.write(papers, out);
            case MARKDOWN -> MarkdownExport.write(papers, out);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

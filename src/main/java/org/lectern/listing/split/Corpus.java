package org.lectern.listing.split;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Papers to learn from: a tab-separated file (gzip or plain) with a header and columns arxiv_id, categories, title, abstract. */
public final class Corpus {
    /** One paper of the corpus: the run the splitter sees is title + " " + abstract. */
    public record Paper(String id, String title, String abstractText) {
        String run() {
            return title + " " + abstractText;
        }
    }

    private Corpus() {
    }

    /**
     * Reads every paper. A line without four columns or with an empty title or abstract (a record broken by
     * a stray line break upstream) is skipped and counted in {@code skipped}, with the first such line.
     */
    public record Read(List<Paper> papers, int skipped, int firstSkippedLine) {
    }

    public static Read read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(in, file.toString());
        }
    }

    static Read read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !header.startsWith("arxiv_id\t")) {
            throw new IOException(name + ":1: expected the header 'arxiv_id<TAB>categories<TAB>title<TAB>abstract'");
        }
        List<Paper> papers = new ArrayList<>();
        String line;
        int n = 1;
        int skipped = 0;
        int first = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4 || cols[2].isBlank() || cols[3].isBlank()) {
                skipped++;
                first = first == 0 ? n : first;
                continue;
            }
            papers.add(new Paper(cols[0], cols[2].strip(), cols[3].strip()));
        }
        return new Read(papers, skipped, first);
    }
}

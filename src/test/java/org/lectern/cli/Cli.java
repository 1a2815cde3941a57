package org.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lectern.library.PaperDate;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Importer;
import org.lectern.store.Library;

import picocli.CommandLine;

/** Runs the real command line in this process against a library file, capturing what it prints. */
final class Cli {
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(Path library, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return raw(all);
    }

    /** The command line on exactly {@code args}, naming no library of its own. */
    static Result raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LecternCommand.commandLine(p -> {
            throw new IllegalStateException("no window in tests");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A new library {@code library.db} in {@code dir} holding {@code papers}, imported as one listing. */
    static Path library(Path dir, List<ParsedPaper> papers) {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", new ParseResult("test", papers, List.of())));
        }
        return file;
    }

    /**
     * Alpha Paper (an arXiv id, 3 upvotes), Beta Paper (one comment, {@code betaUpvotes}) and Gamma Paper (one author,
     * no date, {@code gammaUpvotes}), each with a one-letter abstract.
     */
    static List<ParsedPaper> alphaBetaGamma(int betaUpvotes, Integer gammaUpvotes) {
        return List.of(
                new ParsedPaper(1, 3, "Alpha Paper", "A.", 2, PaperDate.day(2024, 1, 2), null, "2401.00001", null, 1, null),
                new ParsedPaper(2, betaUpvotes, "Beta Paper", "B.", 2, PaperDate.day(2024, 1, 3), 1, null, null, 1, null),
                new ParsedPaper(3, gammaUpvotes, "Gamma Paper", "C.", 1, null, null, null, null, 1, null));
    }

    /** A new library in {@code dir} holding the seed's titles and abstracts (no families yet). */
    static Path seedLibrary(Path dir) throws IOException {
        List<ParsedPaper> papers = new ArrayList<>();
        try (InputStream in = Cli.class.getResourceAsStream("/expected/seed-ernie-and-friends.json")) {
            int line = 1;
            for (JsonNode p : new ObjectMapper().readTree(in)) {
                papers.add(new ParsedPaper(line++, null, p.get("title").asText(), p.get("abstract").asText(), 1,
                        null, null, null, null, 1, null));
            }
        }
        return library(dir, papers);
    }
}

package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/** {@code import --keywords-as-tags}: a .bib file's keywords tag its new papers; without the option they do not. */
class ImportKeywordsTest {
    @TempDir
    Path dir;

    private static final String BIB = """
            @article{a, title = {Tagged Paper}, author = {Sun, Yu and Wang, Shuohuan}, keywords = {nlp, Knowledge Graphs}}
            """;

    private List<Paper> importWith(String name, String... options) throws Exception {
        Path bib = dir.resolve(name + ".bib");
        Files.writeString(bib, BIB);
        Path library = dir.resolve(name + ".db");
        String[] args = new String[options.length + 2];
        args[0] = "import";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = bib.toString();
        Cli.Result r = Cli.run(library, args);
        assertEquals(0, r.code(), r.err());
        try (Library lib = Library.open(library)) {
            return new Papers(lib).all(PaperFilter.all());
        }
    }

    @Test
    void keywordsBecomeTagsOnlyWithTheOption() throws Exception {
        List<Paper> tagged = importWith("tagged", "--keywords-as-tags");
        assertEquals(1, tagged.size());
        assertEquals(List.of("Knowledge Graphs", "nlp"), tagged.get(0).tags().stream().sorted().toList());
        assertEquals(List.of("Yu Sun", "Shuohuan Wang"), tagged.get(0).authorNames());
        assertEquals("a", tagged.get(0).bibtexKey());
        assertEquals(List.of(), importWith("plain").get(0).tags());
    }
}

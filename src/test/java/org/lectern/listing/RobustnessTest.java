package org.lectern.listing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random and mutated listings: the parser never throws and accounts for every line; it is fast and linear. */
class RobustnessTest {

    private static final String[] FIXTURES = {"seed-ernie-and-friends.txt", "dev-daily-papers-2024.txt",
        "dev-daily-papers-2024-blocks.txt"};

    @Test
    void mutatedListingsNeverThrowAndAccountForEveryLine() {
        Random random = new Random(20240229L);
        for (int round = 0; round < 300; round++) {
            String text = mutate(Fixtures.text(FIXTURES[round % FIXTURES.length]), random);
            ParseResult r = Listings.parse(text);
            assertAccounted(text, r, "round " + round);
        }
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        String alphabet = "ab AB01-·,.:;@{}()[]\"'\\\n\r\t\u00A0é名\u0000authors Dec 2024 TY  - ER  - ";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ParseResult r = Listings.parse(sb.toString());
            assertTrue(r.format() != null && r.papers() != null && r.diagnostics() != null);
            if (!sb.toString().contains("\u0000")) {
                assertAccounted(sb.toString(), r, "random round " + round);
            }
        }
    }

    /** Every non-blank line starts a paper, carries a diagnostic, or continues the paper started above it. */
    static void assertAccounted(String text, ParseResult r, String where) {
        if (r.diagnostics().size() == 1 && r.diagnostics().get(0).message().startsWith("binary data")) {
            return;
        }
        List<String> lines = ListingText.of(text).lines;
        Set<Integer> starts = new HashSet<>();
        r.papers().forEach(p -> starts.add(p.line()));
        Set<Integer> diagnosed = new HashSet<>();
        r.diagnostics().forEach(d -> diagnosed.add(d.line()));
        boolean inPaper = false;
        for (int n = 1; n <= lines.size(); n++) {
            boolean blank = ListingText.isBlank(lines.get(n - 1));
            if (starts.contains(n)) {
                inPaper = true;
            } else if (diagnosed.contains(n)) {
                // an unreadable BibTeX entry or RIS record has one diagnostic, at its first line
                inPaper = r.format().equals("bibtex") || r.format().equals("ris");
            } else if (r.format().equals("bibtex") && (!lines.get(n - 1).strip().startsWith("@")
                    || lines.get(n - 1).strip().matches("(?i)@\\s*(string|comment|preamble)\\b.*"))) {
                // BibTeX reads text outside entries as a comment, so it is passed over quietly
            } else if (!blank && !(r.format().equals("lectern-json") && lines.get(n - 1).strip().matches("[\\[\\]{},]*"))) {
                boolean continues = inPaper && !r.format().equals("huggingface-line")
                        && !r.format().equals("arxiv-ids");
                assertTrue(continues, where + ": line " + n + " (" + r.format() + ") is neither read nor diagnosed: "
                        + lines.get(n - 1) + " diagnostics " + r.diagnostics() + " text [" + text + "]");
            } else if (r.format().startsWith("huggingface")) {
                inPaper = false;
            }
        }
        List<Diagnostic> damaged = ListingText.of(text).damaged;
        if (lines.stream().allMatch(ListingText::isBlank)) {
            // blank but for lines that could not be decoded: those lines are what it says, not "empty"
            assertEquals(damaged.isEmpty() ? List.of(new Diagnostic(1, "the listing is empty")) : damaged, r.diagnostics());
        }
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                case 2 -> lines.add(i, "garbage " + random.nextInt());
                case 3 -> lines.add(i, "");
                case 4 -> lines.set(i, line.replace("authors", "writers"));
                case 5 -> lines.set(i, line + " " + line);
                case 6 -> lines.set(i, line.replace(' ', '\t'));
                default -> lines.set(i, new StringBuilder(line).reverse().toString());
            }
        }
        return String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
    }

    /**
     * A 24 MB one-line listing parses whole: every copy of the dev listing gives its papers. How fast is
     * the benchmark's to say ({@code lectern bench}, "importing: parse"), not a unit test's.
     */
    @Test
    void aBigOneLineListingParsesWhole() {
        String dev = Fixtures.text("dev-daily-papers-2024.txt");
        int perCopy = Listings.parse(dev).papers().size();
        StringBuilder big = new StringBuilder();
        int copies = 0;
        while (big.length() < 24_000_000) {
            big.append(dev);
            if (!dev.endsWith("\n")) big.append('\n');
            copies++;
        }
        ParseResult r = Listings.parse(big.toString());
        assertEquals((long) perCopy * copies, r.papers().size());
        assertEquals(List.of(), r.diagnostics());
    }
}

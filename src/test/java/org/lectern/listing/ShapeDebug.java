package org.lectern.listing;

import java.util.List;

/** Prints where a shape's parse differs from its truth (run by hand while working on a reader). */
final class ShapeDebug {
    public static void main(String[] args) {
        String[][] shapes = {{"arxiv-list.txt", "arxiv-list"}, {"hf-cards.txt", "hf-cards"}, {"scholar.txt", "scholar"},
            {"dblp.txt", "dblp"}};
        for (String[] s : shapes) {
            ParseResult r = Listings.parse(ShapeFixtures.text(s[0]));
            List<ShapeFixtures.Truth> truth = ShapeFixtures.truth("truth.json", s[1]);
            System.out.println(s[1] + ": format " + r.format() + ", " + r.papers().size() + " papers of " + truth.size()
                    + ", " + r.diagnostics().size() + " diagnostics " + r.diagnostics());
            for (int i = 0; i < Math.min(truth.size(), r.papers().size()); i++) {
                ParsedPaper p = r.papers().get(i);
                ShapeFixtures.Truth t = truth.get(i);
                if (!t.title().equals(p.title())) System.out.println("  title: " + p.title() + " | " + t.title());
                if (!java.util.Objects.equals(t.arxivId(), p.arxivId())) System.out.println("  id: " + p.arxivId() + " | " + t.arxivId());
                if (s[1].equals("arxiv-list") || s[1].equals("dblp")) {
                    if (!t.names().equals(p.authorNames())) System.out.println("  names: " + p.authorNames() + " | " + t.names());
                } else if (s[1].equals("scholar")) {
                    List<String> want = t.names().stream().map(ShapeFixtures::scholarName).toList();
                    if (!want.subList(0, Math.min(want.size(), p.authorNames().size())).equals(p.authorNames()))
                        System.out.println("  names: " + p.authorNames() + " | " + want);
                }
            }
        }
    }
}

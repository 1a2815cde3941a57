package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LaTeX in titles and names as plain text. */
class LatexTest {
    private static void reads(String expected, String latex) {
        assertEquals(expected, Latex.toText(latex), latex);
    }

    @Test
    void accentsInEveryBracing() {
        reads("ü ü ü ü Ü", "{\\\"u} \\\"u \\\"{u} \\\" u \\\"U");
        reads("é è ê ë ñ ç ā ȧ", "\\'e \\`e \\^e \\\"e \\~n \\c{c} \\=a \\.a");
        reads("š ő ą å ạ ḇ", "\\v{s} \\H{o} \\k{a} \\r{a} \\d{a} \\b{b}");
        reads("í ï Ì naïve", "\\'{\\i} \\\"{\\i} \\`{I} na\\\"\\i ve");
        reads("ễ", "{\\~{\\^{e}}}");
        reads("Çağrı", "\\c{C}a\\u{g}r{\\i}");
    }

    @Test
    void symbolsEscapesAndLigatures() {
        reads("Straße Straße ø Æ œ ł Ø", "Stra{\\ss}e Stra\\ss e {\\o} \\AE{} {\\oe} \\l{} \\O");
        reads("A & B 100% #1 $5 a_b {x}", "A \\& B 100\\% \\#1 \\$5 a\\_b \\{x\\}");
        reads("1–2 — “quoted” ‘single' it's", "1--2 --- ``quoted'' `single' it's");
        reads("a b", "a~b");
        reads("hyphenation", "hy\\-phen\\-ation");
        reads("TeX and LaTeX", "\\TeX{} and \\LaTeX");
    }

    @Test
    void formattingCommandsAndProtectiveBracesAreDropped() {
        reads("An Italic and Bold Word", "An \\textit{Italic} and \\textbf{Bold} {Word}");
        reads("Emphasised Small caps", "\\emph{Emphasised} {\\sc Small caps}");
        reads("The BERT Model", "The {{BERT}} Model");
        reads("see the text", "see\\cite{key} the \\href{https://x.org}{text}");
        reads("ok", "\\unknowncommand ok");
    }

    @Test
    void mathStaysReadable() {
        reads("α-divergence", "$\\alpha$-divergence");
        reads("O(n^2) time", "$O(n^2)$ time");
        reads("L_1 ≤ ε", "$\\mathcal{L}_1 \\leq \\epsilon$");
        reads("x ∈ R", "$x \\in \\mathbb{R}$");
        reads("1/2 × 3", "$\\frac{1}{2} \\times 3$");
    }

    @Test
    void brokenLatexNeverThrows() {
        reads("ẍ", "\\\"{x");
        reads("", "\\");
        reads("a", "{{a");
        reads("", "\\'{}");
    }
}

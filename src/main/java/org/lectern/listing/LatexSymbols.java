package org.lectern.listing;

import java.util.Map;
import java.util.Set;

/** The LaTeX that bibliographies use, as Unicode: accent commands, named symbols, and commands to drop. */
final class LatexSymbols {
    private LatexSymbols() {
    }

    /** Accent commands as Unicode combining marks, composed with their letter afterwards by NFC. */
    static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("\"", '\u0308'), Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'),
            Map.entry("~", '\u0303'), Map.entry("=", '\u0304'), Map.entry(".", '\u0307'), Map.entry("c", '\u0327'),
            Map.entry("v", '\u030C'), Map.entry("u", '\u0306'), Map.entry("H", '\u030B'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'), Map.entry("t", '\u0361'),
            Map.entry("G", '\u030F'), Map.entry("U", '\u030E'), Map.entry("textogonekcentered", '\u0328'));

    /** Control words that stand for a character or a short text. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("SS", "SS"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"),
            Map.entry("dj", "đ"), Map.entry("DJ", "Đ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"), Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"), Map.entry("guillemotleft", "«"), Map.entry("guillemotright", "»"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textellipsis", "…"),
            Map.entry("textasciitilde", "~"), Map.entry("textasciigrave", "`"), Map.entry("textbackslash", "\\"), Map.entry("textbar", "|"),
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("textunderscore", "_"),
            Map.entry("textasciicircum", "^"), Map.entry("textbullet", "•"), Map.entry("textdegree", "°"),
            Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"), Map.entry("copyright", "©"),
            Map.entry("textcopyright", "©"), Map.entry("S", "§"), Map.entry("P", "¶"), Map.entry("pounds", "£"),
            Map.entry("euro", "€"), Map.entry("texteuro", "€"), Map.entry("textdollar", "$"),
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("BibTeX", "BibTeX"),
            Map.entry("LaTeXe", "LaTeX2e"), Map.entry("slash", "/"), Map.entry("textperiodcentered", "·"),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("enspace", " "), Map.entry("space", " "),
            Map.entry("newline", " "), Map.entry("linebreak", " "), Map.entry("par", " "),
            // math, so a formula stays readable
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("varpi", "ϖ"), Map.entry("rho", "ρ"), Map.entry("varrho", "ϱ"),
            Map.entry("sigma", "σ"), Map.entry("varsigma", "ς"), Map.entry("tau", "τ"), Map.entry("upsilon", "υ"),
            Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"),
            Map.entry("Upsilon", "Υ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("cdots", "⋯"), Map.entry("pm", "±"),
            Map.entry("mp", "∓"), Map.entry("div", "÷"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
            Map.entry("approx", "≈"), Map.entry("sim", "∼"), Map.entry("simeq", "≃"), Map.entry("equiv", "≡"),
            Map.entry("propto", "∝"), Map.entry("infty", "∞"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"),
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("in", "∈"),
            Map.entry("notin", "∉"), Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"), Map.entry("cup", "∪"),
            Map.entry("cap", "∩"), Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("emptyset", "∅"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("gets", "←"),
            Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"), Map.entry("leftrightarrow", "↔"),
            Map.entry("mapsto", "↦"), Map.entry("ell", "ℓ"), Map.entry("hbar", "ℏ"), Map.entry("circ", "∘"),
            Map.entry("star", "⋆"), Map.entry("ast", "∗"), Map.entry("oplus", "⊕"), Map.entry("otimes", "⊗"),
            Map.entry("sqrt", "√"), Map.entry("log", "log"), Map.entry("exp", "exp"), Map.entry("max", "max"),
            Map.entry("min", "min"), Map.entry("lim", "lim"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("lvert", "|"), Map.entry("rvert", "|"),
            Map.entry("vert", "|"), Map.entry("mid", "|"), Map.entry("lbrace", "{"), Map.entry("rbrace", "}"),
            Map.entry("backslash", "\\"), Map.entry("prime", "′"), Map.entry("dagger", "†"));

    /** The control words that are letters of a word: the spaces after them are TeX's, not the text's. */
    static final Set<String> LETTERS = Set.of("ss", "SS", "o", "O", "ae", "AE", "aa", "AA", "l", "L", "i", "j", "oe",
            "OE", "dh", "DH", "th", "TH", "ng", "NG", "dj", "DJ");

    /** Commands whose first argument is not text a reader should see (a link, a key, a sort label): it is dropped. */
    static final Set<String> DROP_ARGUMENT = Set.of("cite", "citep", "citet", "ref", "eqref", "label", "footnote",
            "hspace", "vspace", "thanks", "index", "nocite", "bibinfo", "bibfield", "noopsort", "SortNoop", "sortnoop",
            "href");
}

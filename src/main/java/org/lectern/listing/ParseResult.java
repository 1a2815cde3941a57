package org.lectern.listing;

import java.util.List;

/** What a listing held: the papers read from it and a diagnostic for every line that was not. */
public record ParseResult(String format, List<ParsedPaper> papers, List<Diagnostic> diagnostics) {
}

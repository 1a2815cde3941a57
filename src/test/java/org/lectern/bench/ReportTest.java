package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The printed report says when a window's launch failed, since its figures then count fewer runs. */
class ReportTest {
    @Test
    void aFailedWindowRunIsPrinted() {
        Report report = new Report(100);
        report.put("window", "runs_seconds", List.of(0.7, 0.8));
        report.put("window", "median_seconds", 0.75);
        report.put("window", "peak_rss_bytes", 200L << 20);
        report.put("window", "failed", "the window \"Lectern\" did not appear within 240 s");
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        String printed = text.toString();
        assertTrue(printed.contains("first window: a run failed") && printed.contains("did not appear within 240 s"), printed);
    }
}

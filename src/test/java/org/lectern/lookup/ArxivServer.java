package org.lectern.lookup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local server that answers like arXiv's query API as its user manual documents it: an Atom feed
 * with OpenSearch counts, titles and summaries wrapped over several lines, several authors, the
 * version in each id, abs and pdf links and {@code arxiv:primary_category}. A title search returns
 * every entry whose title has all the query's words, the loosest matches (longest titles) first;
 * {@code id_list} returns the entries with those ids, and an empty feed for an unknown one.
 */
public final class ArxivServer implements AutoCloseable, AfterEachCallback {
    /** One paper the server knows. */
    public record Paper(String id, int version, String title, String summary, List<String> authors, LocalDate published) {
    }

    /** One request as it arrived. */
    public record Request(long nanos, String userAgent, Map<String, String> params) {
    }

    private final HttpServer server;
    private final List<Paper> papers = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile String retryAfter = "1";
    private volatile int failFrom = Integer.MAX_VALUE;
    private volatile String rawAnswer;

    public ArxivServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/query", this::answer);
        server.start();
    }

    /** A server for one test: registered as a field with {@code @RegisterExtension}, it is closed after the test. */
    public static ArxivServer perTest() {
        try {
            return new ArxivServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    public URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/query");
    }

    public ArxivServer add(Paper p) {
        papers.add(p);
        return this;
    }

    /** The next {@code n} requests are answered 503 with this Retry-After. */
    public void busy(int n, String retryAfterValue) {
        retryAfter = retryAfterValue;
        busy.set(n);
    }

    /** From the request numbered {@code n} (0-based) on, answer HTTP 500. */
    public void failFrom(int n) {
        failFrom = n;
    }

    /** Answers every request with this text instead of a feed. */
    public void answerWith(String xml) {
        rawAnswer = xml;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange ex) throws IOException {
        Map<String, String> params = params(ex.getRequestURI().getRawQuery());
        int number = requests.size();
        requests.add(new Request(System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent"), params));
        if (busy.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
            send(ex, 503, "Service Unavailable");
            return;
        }
        if (number >= failFrom) {
            send(ex, 500, "Internal Server Error");
            return;
        }
        if (rawAnswer != null) {
            send(ex, 200, rawAnswer);
            return;
        }
        List<Paper> found;
        if (params.containsKey("id_list")) {
            Set<String> ids = new HashSet<>(Arrays.asList(params.get("id_list").split(",")));
            found = papers.stream().filter(p -> ids.contains(p.id())).toList();
        } else {
            List<String> words = words(params.getOrDefault("search_query", "").replaceAll("\\bti:|\\bAND\\b|\"", " "));
            found = new ArrayList<>(papers.stream().filter(p -> new HashSet<>(words(p.title())).containsAll(words)).toList());
            found.sort(Comparator.comparingInt((Paper p) -> words(p.title()).size()).reversed());
        }
        int max = Integer.parseInt(params.getOrDefault("max_results", "10"));
        send(ex, 200, feed(found.subList(0, Math.min(max, found.size())), found.size()));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
            String t = w.replaceAll("^\\.+|\\.+$", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String feed(List<Paper> page, int total) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <link href="http://arxiv.org/api/query" rel="self" type="application/atom+xml"/>
                  <title type="html">ArXiv Query</title>
                  <id>http://arxiv.org/api/x</id>
                  <updated>2024-05-01T00:00:00-04:00</updated>
                """);
        s.append("  <opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">").append(total)
                .append("</opensearch:totalResults>\n")
                .append("  <opensearch:startIndex xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">0</opensearch:startIndex>\n")
                .append("  <opensearch:itemsPerPage xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">").append(page.size())
                .append("</opensearch:itemsPerPage>\n");
        for (Paper p : page) {
            String v = p.id() + "v" + p.version();
            s.append("  <entry>\n    <id>http://arxiv.org/abs/").append(v).append("</id>\n")
                    .append("    <updated>").append(p.published().plusDays(3)).append("T10:00:00Z</updated>\n")
                    .append("    <published>").append(p.published()).append("T18:59:59Z</published>\n")
                    .append("    <title>").append(wrap(p.title())).append("</title>\n")
                    .append("    <summary>  ").append(wrap(p.summary())).append("\n</summary>\n");
            for (String a : p.authors()) {
                s.append("    <author>\n      <name>").append(escape(a)).append("</name>\n    </author>\n");
            }
            s.append("    <link href=\"http://arxiv.org/abs/").append(v).append("\" rel=\"alternate\" type=\"text/html\"/>\n")
                    .append("    <link title=\"pdf\" href=\"http://arxiv.org/pdf/").append(v)
                    .append("\" rel=\"related\" type=\"application/pdf\"/>\n")
                    .append("    <arxiv:primary_category xmlns:arxiv=\"http://arxiv.org/schemas/atom\" term=\"cs.CL\" scheme=\"http://arxiv.org/schemas/atom\"/>\n")
                    .append("    <category term=\"cs.CL\" scheme=\"http://arxiv.org/schemas/atom\"/>\n  </entry>\n");
        }
        return s.append("</feed>\n").toString();
    }

    /** Breaks the text over lines of about 60 characters, each continued with indentation, as arXiv's feed does. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String w : text.split(" ")) {
            if (line > 60) {
                out.append("\n  ");
                line = 0;
            } else if (out.length() > 0) {
                out.append(' ');
            }
            out.append(escape(w));
            line += w.length() + 1;
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void send(HttpExchange ex, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/atom+xml; charset=utf-8");
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

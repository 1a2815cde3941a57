package org.lectern.lookup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A polite client of arXiv's query API: one request at a time (so one connection), at least the
 * configured interval after the previous request ended, a User-Agent naming Lectern, and a bounded
 * wait-and-retry when arXiv answers 503 with Retry-After. Every value goes into the URL encoded.
 */
public final class ArxivClient {
    private final ArxivSettings settings;
    private final HttpClient http;
    private long lastEnded = Long.MIN_VALUE;

    public ArxivClient(ArxivSettings settings) {
        this.settings = settings;
        // HTTP/1.1 and one request at a time: the pool never holds more than one connection to arXiv
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public ArxivSettings settings() {
        return settings;
    }

    /** Runs a {@code search_query} (arXiv's field syntax, e.g. {@code ti:"..."}) and returns the first page. */
    public ArxivFeed search(String searchQuery, int maxResults) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("search_query", searchQuery);
        params.put("start", "0");
        params.put("max_results", Integer.toString(maxResults));
        return get(params);
    }

    /** Looks papers up by their arXiv ids. */
    public ArxivFeed byIds(List<String> ids) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id_list", String.join(",", ids));
        params.put("max_results", Integer.toString(Math.max(ids.size(), 1)));
        return get(params);
    }

    URI uri(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = settings.api().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    private synchronized ArxivFeed get(Map<String, String> params) {
        URI uri = uri(params);
        String host = settings.api().getHost();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response = send(uri, host);
            int code = response.statusCode();
            if (code == 503 && attempt < settings.retries()) {
                Duration wait = retryAfter(response);
                if (wait.compareTo(settings.longestRetry()) > 0) {
                    throw new LookupException(host + " is busy and asks to wait " + wait.toSeconds()
                            + " s; try again later");
                }
                pause(wait);
                continue;
            }
            if (code == 503) throw new LookupException(host + " is still busy after " + attempt + " retries; try again later");
            // arXiv reports a malformed query as an Atom feed with an error entry and status 400
            if (code == 200 || code == 400) return AtomFeedParser.parse(response.body(), host);
            throw new LookupException(host + " answered HTTP " + code + " to " + settings.api());
        }
    }

    private HttpResponse<byte[]> send(URI uri, String host) {
        long wait = lastEnded == Long.MIN_VALUE ? 0 : lastEnded + settings.interval().toNanos() - System.nanoTime();
        if (wait > 0) pause(Duration.ofNanos(wait));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept", "application/atom+xml").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new LookupException("cannot reach " + host + " (" + describe(e) + "): are you offline?", e);
        } catch (HttpTimeoutException e) {
            throw new LookupException(host + " did not answer within " + settings.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
                throw new LookupException("cannot find the host " + host + ": are you offline?", e);
            }
            throw new LookupException("the connection to " + host + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupException("the lookup was interrupted", e);
        } finally {
            lastEnded = System.nanoTime();
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Retry-After as seconds or an HTTP date; without one, the configured interval. */
    private Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        if (value.isEmpty()) return settings.interval();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException bad) {
                return settings.interval();
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(Math.max(0, d.toMillis()), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupException("the lookup was interrupted", e);
        }
    }
}

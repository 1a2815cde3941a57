package org.lectern.lookup;

import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How Lectern talks to arXiv's query API. arXiv's terms ask for one connection and one request every
 * three seconds; tests, mirrors and proxies point {@code api} elsewhere and may shorten the interval.
 *
 * @param api           the query endpoint
 * @param interval      the least time between the end of one request and the start of the next
 * @param userAgent     sent with every request, so arXiv can tell who is asking
 * @param timeout       how long one request may take
 * @param retries       how many times a 503 is retried
 * @param longestRetry  the longest Retry-After that is waited for; a longer one ends the lookup
 */
public record ArxivSettings(URI api, Duration interval, String userAgent, Duration timeout, int retries,
                            Duration longestRetry) {
    public static final String DEFAULT_API = "https://export.arxiv.org/api/query";
    public static final long DEFAULT_INTERVAL_MS = 3000;

    public ArxivSettings {
        if (interval.isNegative()) throw new IllegalArgumentException("the interval between requests cannot be negative");
        if (retries < 0) throw new IllegalArgumentException("retries cannot be negative");
    }

    /** The settings for this Lectern, with the endpoint and interval read from the environment when set there. */
    public static ArxivSettings from(Map<String, String> env, String version) {
        String api = env.getOrDefault("LECTERN_ARXIV_API", "").isBlank() ? DEFAULT_API : env.get("LECTERN_ARXIV_API").strip();
        URI uri;
        try {
            uri = URI.create(api);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LECTERN_ARXIV_API: '" + api + "' is not a URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("LECTERN_ARXIV_API: '" + api + "' is not an http or https URL");
        }
        String ms = env.getOrDefault("LECTERN_ARXIV_INTERVAL_MS", "").strip();
        long interval = DEFAULT_INTERVAL_MS;
        if (!ms.isEmpty()) {
            try {
                interval = Long.parseLong(ms);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("LECTERN_ARXIV_INTERVAL_MS: '" + ms + "' is not a number of milliseconds");
            }
            if (interval < 0) throw new IllegalArgumentException("LECTERN_ARXIV_INTERVAL_MS cannot be negative: " + ms);
        }
        return new ArxivSettings(uri, Duration.ofMillis(interval), userAgent(version), Duration.ofSeconds(30), 3,
                Duration.ofSeconds(120));
    }

    /** The settings from this process's environment, naming this build's version (the window reads them so). */
    public static ArxivSettings fromEnvironment() {
        ModuleDescriptor module = ArxivSettings.class.getModule().getDescriptor();
        return from(System.getenv(), module == null ? "dev" : module.rawVersion().orElse("dev"));
    }

    /** A User-Agent that names Lectern, its version and where to read about it. */
    public static String userAgent(String version) {
        return "Lectern/" + version + " (desktop paper organizer; arXiv metadata lookup)";
    }

    public ArxivSettings withApi(URI other) {
        return new ArxivSettings(other, interval, userAgent, timeout, retries, longestRetry);
    }

    public ArxivSettings withInterval(Duration other) {
        return new ArxivSettings(api, other, userAgent, timeout, retries, longestRetry);
    }
}

package org.lectern.bench;

import java.util.List;

/** Percentiles by the nearest-rank method. */
final class Stats {
    private Stats() {
    }

    /** The {@code p}th percentile (0 < p ≤ 100) of {@code values}; 0 for none. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return 0;
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

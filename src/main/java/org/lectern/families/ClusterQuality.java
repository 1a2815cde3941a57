package org.lectern.families;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How well a clustering agrees with reference labels: normalised mutual information and purity. */
public final class ClusterQuality {

    private ClusterQuality() {
    }

    /**
     * NMI with the arithmetic-mean normalisation (as scikit-learn's default): 2·I(C;L) / (H(C) + H(L)).
     * Both lists give one entry per paper; equal strings are the same cluster or label.
     */
    public static double nmi(List<String> clusters, List<String> labels) {
        check(clusters, labels);
        int n = clusters.size();
        Map<String, Integer> cc = counts(clusters);
        Map<String, Integer> lc = counts(labels);
        Map<String, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            joint.merge(clusters.get(i) + "\u0000" + labels.get(i), 1, Integer::sum);
        }
        double mi = 0;
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            String[] kv = e.getKey().split("\u0000", 2);
            double pxy = (double) e.getValue() / n;
            double px = (double) cc.get(kv[0]) / n;
            double py = (double) lc.get(kv[1]) / n;
            mi += pxy * Math.log(pxy / (px * py));
        }
        double hc = entropy(cc, n);
        double hl = entropy(lc, n);
        if (hc + hl == 0) {
            return 1.0;
        }
        return Math.max(0, 2 * mi / (hc + hl));
    }

    /** Share of papers whose cluster's most common label is their own label. */
    public static double purity(List<String> clusters, List<String> labels) {
        check(clusters, labels);
        Map<String, Map<String, Integer>> byCluster = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            byCluster.computeIfAbsent(clusters.get(i), k -> new HashMap<>()).merge(labels.get(i), 1, Integer::sum);
        }
        int right = 0;
        for (Map<String, Integer> m : byCluster.values()) {
            right += m.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return clusters.isEmpty() ? 1.0 : (double) right / clusters.size();
    }

    private static void check(List<String> clusters, List<String> labels) {
        if (clusters.size() != labels.size()) {
            throw new IllegalArgumentException("one cluster and one label per paper");
        }
    }

    private static Map<String, Integer> counts(List<String> xs) {
        Map<String, Integer> out = new HashMap<>();
        for (String x : xs) {
            out.merge(x, 1, Integer::sum);
        }
        return out;
    }

    private static double entropy(Map<String, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = (double) c / n;
            h -= p * Math.log(p);
        }
        return h;
    }
}

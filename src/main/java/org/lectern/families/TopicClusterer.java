package org.lectern.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups tf-idf vectors into topics without being told how many: group-average agglomerative clustering
 * cut at a cosine threshold. Large corpora are clustered on a sample; every paper outside the groups is then
 * assigned to its nearest topic when it is near enough, which keeps the cost near-linear.
 */
public final class TopicClusterer {

    private final double mergeThreshold;
    private final double assignThreshold;
    private final int minSize;
    private final int sampleSize;

    /**
     * @param mergeThreshold  two groups merge while the average cosine between their papers is at least this
     * @param assignThreshold a paper outside the sample joins its nearest topic only if this similar to its centre
     * @param minSize         smaller groups are noise and are not returned
     * @param sampleSize      corpora larger than this are clustered on a sample of this size
     */
    public TopicClusterer(double mergeThreshold, double assignThreshold, int minSize, int sampleSize) {
        this.mergeThreshold = mergeThreshold;
        this.assignThreshold = assignThreshold;
        this.minSize = minSize;
        this.sampleSize = sampleSize;
    }

    /** Clusters of indices into {@code vectors}, largest first; papers in no cluster are left out. */
    public List<int[]> cluster(List<SparseVector> vectors, int dims) {
        int n = vectors.size();
        if (n == 0) {
            return List.of();
        }
        if (n <= sampleSize) {
            return bySize(attach(vectors, dims, groups(agglomerate(vectors), minSize)));
        }
        // a deterministic, evenly spread sample: the same library always gives the same proposals
        int[] sample = new int[sampleSize];
        for (int i = 0; i < sampleSize; i++) {
            sample[i] = (int) ((long) i * n / sampleSize);
        }
        List<SparseVector> sv = new ArrayList<>(sampleSize);
        for (int i : sample) {
            sv.add(vectors.get(i));
        }
        // in a sample, a topic's share is what matters: scale the noise floor down with the sampling rate
        int sampleMin = Math.max(2, (int) Math.round((double) minSize * sampleSize / n));
        List<int[]> seeds = groups(agglomerate(sv), sampleMin);
        double[][] centres = new double[seeds.size()][];
        for (int c = 0; c < seeds.size(); c++) {
            double[] centre = new double[dims];
            for (int i : seeds.get(c)) {
                sv.get(i).addTo(centre, 1.0);
            }
            centres[c] = unit(centre);
        }
        int[] label = assign(vectors, centres);
        int k = centres.length;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (label[i] >= 0) {
                members.get(label[i]).add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> m : members) {
            if (m.size() >= minSize) {
                out.add(m.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return bySize(out);
    }

    /**
     * Papers in no group join the group whose centre they are nearest, when near enough: the rule a large
     * library's papers outside the sample follow, so a paper's topic does not depend on the library's size.
     * On the dev listing this leaves 6 of 190 papers out instead of 41, and the topics get purer.
     */
    private List<int[]> attach(List<SparseVector> vectors, int dims, List<int[]> found) {
        double[][] centres = new double[found.size()][];
        boolean[] inOne = new boolean[vectors.size()];
        for (int c = 0; c < found.size(); c++) {
            double[] centre = new double[dims];
            for (int i : found.get(c)) {
                vectors.get(i).addTo(centre, 1.0);
                inOne[i] = true;
            }
            centres[c] = unit(centre);
        }
        int[] label = assign(vectors, centres);
        List<List<Integer>> members = new ArrayList<>();
        for (int[] g : found) {
            List<Integer> m = new ArrayList<>();
            for (int i : g) m.add(i);
            members.add(m);
        }
        for (int i = 0; i < vectors.size(); i++) {
            if (!inOne[i] && label[i] >= 0) {
                members.get(label[i]).add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> m : members) {
            out.add(m.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return out;
    }

    private int[] assign(List<SparseVector> vectors, double[][] centres) {
        int[] label = new int[vectors.size()];
        IntStream.range(0, vectors.size()).parallel().forEach(i -> {
            SparseVector v = vectors.get(i);
            int best = -1;
            double bestSim = assignThreshold;
            for (int c = 0; c < centres.length; c++) {
                double s = v.dot(centres[c]);
                if (s >= bestSim) {
                    bestSim = s;
                    best = c;
                }
            }
            label[i] = best;
        });
        return label;
    }

    private static double[] unit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    /**
     * Group-average clustering by the nearest-neighbour chain: O(n²) time. Returns, for each paper, the
     * representative of its group once every merge at or above the threshold is made.
     */
    int[] agglomerate(List<SparseVector> vectors) {
        int n = vectors.size();
        // sums[a][b] = total cosine over all paper pairs across groups a and b; merging just adds rows
        float[][] sums = similarities(vectors);
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int remaining = n;
        int[] chain = new int[n + 1];
        int top = 0;
        List<double[]> merges = new ArrayList<>();
        while (remaining > 1) {
            if (top == 0) {
                for (int i = 0; i < n; i++) {
                    if (active[i]) {
                        chain[top++] = i;
                        break;
                    }
                }
            }
            int a = chain[top - 1];
            int prev = top >= 2 ? chain[top - 2] : -1;
            int b = -1;
            double best = Double.NEGATIVE_INFINITY;
            if (prev >= 0) {
                b = prev;
                best = sums[a][prev] / ((double) size[a] * size[prev]);
            }
            float[] row = sums[a];
            for (int c = 0; c < n; c++) {
                if (c != a && active[c]) {
                    double s = row[c] / ((double) size[a] * size[c]);
                    if (s > best) {
                        best = s;
                        b = c;
                    }
                }
            }
            if (b == prev) {
                top -= 2;
                merges.add(new double[] {best, a, b});
                // the merged group keeps index a
                for (int c = 0; c < n; c++) {
                    if (active[c]) {
                        float s = sums[a][c] + sums[b][c];
                        sums[a][c] = s;
                        sums[c][a] = s;
                    }
                }
                size[a] += size[b];
                active[b] = false;
                remaining--;
            } else {
                chain[top++] = b;
            }
        }
        // group average never inverts, so cutting the tree = applying every merge above the threshold
        for (double[] m : merges) {
            if (m[0] >= mergeThreshold) {
                union(parent, (int) m[1], (int) m[2]);
            }
        }
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = find(parent, i);
        }
        return rep;
    }

    private static float[][] similarities(List<SparseVector> vectors) {
        int n = vectors.size();
        float[][] sims = new float[n][n];
        int dims = 0;
        for (SparseVector v : vectors) {
            if (v.size() > 0) {
                dims = Math.max(dims, v.indices()[v.size() - 1] + 1);
            }
        }
        int width = dims;
        ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[width]);
        IntStream.range(0, n).parallel().forEach(i -> {
            float[] dense = scratch.get();
            SparseVector vi = vectors.get(i);
            for (int k = 0; k < vi.size(); k++) {
                dense[vi.indices()[k]] = vi.values()[k];
            }
            for (int j = i + 1; j < n; j++) {
                float s = (float) vectors.get(j).dot(dense);
                sims[i][j] = s;
                sims[j][i] = s;
            }
            for (int k = 0; k < vi.size(); k++) {
                dense[vi.indices()[k]] = 0;
            }
        });
        return sims;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[rb] = ra;
        }
    }

    private static List<int[]> groups(int[] rep, int minSize) {
        int n = rep.length;
        int[] count = new int[n];
        for (int r : rep) {
            count[r]++;
        }
        List<int[]> out = new ArrayList<>();
        int[][] byRep = new int[n][];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            int r = rep[i];
            if (count[r] >= minSize) {
                if (byRep[r] == null) {
                    byRep[r] = new int[count[r]];
                    out.add(byRep[r]);
                }
                byRep[r][fill[r]++] = i;
            }
        }
        return out;
    }

    private static List<int[]> bySize(List<int[]> clusters) {
        List<int[]> out = new ArrayList<>(clusters);
        out.sort(Comparator.<int[]>comparingInt(c -> -c.length).thenComparingInt(c -> c[0]));
        return out;
    }
}

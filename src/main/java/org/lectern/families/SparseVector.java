package org.lectern.families;

/** A tf-idf vector: sorted term indices with their weights. */
public record SparseVector(int[] indices, float[] values) {

    /** The vector with no terms. */
    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** Number of terms present. */
    public int size() {
        return indices.length;
    }

    /** Dot product with another sparse vector (both sorted by index). */
    public double dot(SparseVector other) {
        // a paper against a model's weights: look the few up in the many instead of walking both
        if (indices.length * 16 < other.indices.length) {
            return lookupDot(this, other);
        }
        if (other.indices.length * 16 < indices.length) {
            return lookupDot(other, this);
        }
        int[] ai = indices;
        int[] bi = other.indices;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < ai.length && j < bi.length) {
            if (ai[i] == bi[j]) {
                sum += (double) values[i++] * other.values[j++];
            } else if (ai[i] < bi[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static double lookupDot(SparseVector small, SparseVector large) {
        double sum = 0;
        int from = 0;
        for (int k = 0; k < small.indices.length; k++) {
            int at = java.util.Arrays.binarySearch(large.indices, from, large.indices.length, small.indices[k]);
            if (at >= 0) {
                sum += (double) small.values[k] * large.values[at];
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return sum;
    }

    /** Dot product with a dense vector indexed by term. */
    public double dot(float[] dense) {
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            sum += (double) values[k] * dense[indices[k]];
        }
        return sum;
    }

    /** Dot product with a dense vector indexed by term. */
    public double dot(double[] dense) {
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            sum += values[k] * dense[indices[k]];
        }
        return sum;
    }

    /** Adds {@code scale} times this vector into a dense one. */
    public void addTo(double[] dense, double scale) {
        for (int k = 0; k < indices.length; k++) {
            dense[indices[k]] += scale * values[k];
        }
    }

    /** The terms of a dense vector that are not zero, each times {@code scale}. */
    static SparseVector ofDense(double[] dense, double scale) {
        int nonZero = 0;
        for (double v : dense) {
            nonZero += v != 0 ? 1 : 0;
        }
        int[] idx = new int[nonZero];
        float[] val = new float[nonZero];
        int k = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0) {
                idx[k] = i;
                val[k++] = (float) (dense[i] * scale);
            }
        }
        return new SparseVector(idx, val);
    }
}

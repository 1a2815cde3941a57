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
}

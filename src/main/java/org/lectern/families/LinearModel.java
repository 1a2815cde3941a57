package org.lectern.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A logistic regression on tf-idf vectors, trained by stochastic gradient descent with L2 regularisation. */
public final class LinearModel {

    // a model touches most of the vocabulary: its weights are kept as one float per term (half the bytes of
    // an index and a value per term) unless fewer than half the terms have one
    private final float[] dense;
    private final SparseVector sparse;
    private final double bias;

    private LinearModel(float[] dense, SparseVector sparse, double bias) {
        this.dense = dense;
        this.sparse = sparse;
        this.bias = bias;
    }

    /** One training example with its importance. */
    public record Example(SparseVector x, boolean positive, double weight) {
    }

    /**
     * Trains on {@code examples} ({@code dims} terms). Uses Bottou's scaled-weight SGD so the L2 shrink
     * costs nothing per step; the shuffle is seeded, so the same examples give the same model.
     */
    public static LinearModel train(List<Example> examples, int dims, double lambda, int epochs, long seed) {
        double[] w = new double[dims];
        double scale = 1.0;
        double b = 0;
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        long t = 0;
        double t0 = 1.0 / lambda;
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                double eta = 1.0 / (lambda * (t0 + t));
                t++;
                double y = e.positive() ? 1 : -1;
                double margin = y * (scale * e.x().dot(w) + b);
                // d/dz log(1 + exp(-z)) = -1 / (1 + exp(z))
                double g = e.weight() * y / (1 + Math.exp(margin));
                scale *= 1 - eta * lambda;
                if (scale < 1e-9) {
                    for (int i = 0; i < w.length; i++) {
                        w[i] *= scale;
                    }
                    scale = 1.0;
                }
                e.x().addTo(w, eta * g / scale);
                // the bias is not regularised and moves slower, to keep it from swinging on every example
                b += 0.1 * eta * g;
            }
        }
        int nonZero = 0;
        for (double v : w) {
            nonZero += v != 0 ? 1 : 0;
        }
        if (nonZero * 2 <= w.length) {
            return new LinearModel(null, SparseVector.ofDense(w, scale), b);
        }
        float[] dense = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            dense[i] = (float) (w[i] * scale);
        }
        return new LinearModel(dense, null, b);
    }

    /** The probability the model gives that {@code x} is positive. */
    public double probability(SparseVector x) {
        double z = (dense != null ? x.dot(dense) : x.dot(sparse)) + bias;
        return 1 / (1 + Math.exp(-z));
    }

    /** The learnt weight of each term that has one (for showing why). */
    public SparseVector weights() {
        if (sparse != null) {
            return sparse;
        }
        double[] w = new double[dense.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = dense[i];
        }
        return SparseVector.ofDense(w, 1.0);
    }
}

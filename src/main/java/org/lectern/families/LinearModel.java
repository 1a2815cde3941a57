package org.lectern.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A logistic regression on tf-idf vectors, trained by stochastic gradient descent with L2 regularisation. */
public final class LinearModel {

    private final SparseVector weights;
    private final double bias;

    private LinearModel(SparseVector weights, double bias) {
        this.weights = weights;
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
            if (v != 0) {
                nonZero++;
            }
        }
        int[] idx = new int[nonZero];
        float[] val = new float[nonZero];
        int k = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                idx[k] = i;
                val[k++] = (float) (w[i] * scale);
            }
        }
        return new LinearModel(new SparseVector(idx, val), b);
    }

    /** The probability the model gives that {@code x} is positive. */
    public double probability(SparseVector x) {
        double z = x.dot(weights) + bias;
        return 1 / (1 + Math.exp(-z));
    }

    /** The learnt weight of each term (for showing why). */
    public SparseVector weights() {
        return weights;
    }
}

package org.lectern.listing.split;

import java.util.List;

/** A small logistic regression fitted by Newton's method: the few numbers that combine two models' scores. */
final class Logistic {
    private static final int ITERATIONS = 25;
    /** A slight pull towards 0, so separable rows still give finite weights. */
    private static final double RIDGE = 1e-3;

    private Logistic() {
    }

    /** Weights for rows of {@code n} inputs followed by the label (0 or 1) that make the labels most likely. */
    static double[] fit(List<double[]> rows, int n) {
        double[] w = new double[n];
        if (rows.isEmpty()) {
            w[0] = 1;
            return w;
        }
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (double[] row : rows) {
                double z = 0;
                for (int i = 0; i < n; i++) {
                    z += w[i] * row[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double r = p * (1 - p);
                for (int i = 0; i < n; i++) {
                    gradient[i] += (p - row[n]) * row[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += r * row[i] * row[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                gradient[i] += RIDGE * w[i];
                hessian[i][i] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < n; i++) {
                w[i] -= step[i];
                size += Math.abs(step[i]);
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a is positive definite here). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] row = m[c];
            m[c] = m[pivot];
            m[pivot] = row;
            double v = x[c];
            x[c] = x[pivot];
            x[pivot] = v;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) {
                    m[r][k] -= f * m[c][k];
                }
                x[r] -= f * x[c];
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            for (int k = c + 1; k < n; k++) {
                x[c] -= m[c][k] * x[k];
            }
            x[c] /= m[c][c];
        }
        return x;
    }
}

package org.lectern.listing.split;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned weights: one per hashed feature bucket, and the confidence below which a split is flagged
 * for review. Kept and stored (gzip-compressed) as 16-bit integers with one scale: the model is under a
 * megabyte on disk and in memory, and the rounding costs nothing measurable.
 */
public final class SplitModel {
    private static final int MAGIC = 0x4C53504C; // "LSPL"
    private static final int VERSION = 2; // 2: the 37 templates of Features; a version-1 model was fitted to 33

    /** The weights as 16-bit steps of {@link #scale}: half the memory of floats, so more of it stays in cache. */
    final short[] weights;
    final float scale;
    final int mask;
    /** Softmax temperature fitted on held-out papers, so the probability means what it says. */
    final float temperature;
    /** Splits whose confidence is below this are flagged as uncertain. */
    final float threshold;

    /** A model of these weights, rounded to 16 bits. */
    SplitModel(float[] weights, float temperature, float threshold) {
        this(quantise(weights), scaleOf(weights), temperature, threshold);
    }

    private SplitModel(short[] weights, float scale, float temperature, float threshold) {
        if (Integer.bitCount(weights.length) != 1) {
            throw new IllegalArgumentException("bucket count must be a power of two: " + weights.length);
        }
        this.weights = weights;
        this.scale = scale;
        this.mask = weights.length - 1;
        this.temperature = temperature;
        this.threshold = threshold;
    }

    private static float scaleOf(float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    private static short[] quantise(float[] weights) {
        float scale = scaleOf(weights);
        short[] q = new short[weights.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (short) Math.round(weights[i] / scale);
        }
        return q;
    }

    /** The score of the candidate whose features start at {@code offset}, before the temperature. */
    double score(int[] features, int offset) {
        int sum = 0;
        for (int j = 0; j < Features.PER_CANDIDATE; j++) {
            sum += weights[features[offset + j]];
        }
        return sum * (double) scale;
    }

    /** The confidence below which a split should be reviewed. */
    public double threshold() {
        return threshold;
    }

    int buckets() {
        return weights.length;
    }

    /** The same weights with another temperature and threshold. */
    SplitModel calibrated(float newTemperature, float newThreshold) {
        return new SplitModel(weights, scale, newTemperature, newThreshold);
    }

    /** Writes the model exactly as it is used. */
    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gzip, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(weights.length);
        out.writeFloat(scale);
        out.writeFloat(temperature);
        out.writeFloat(threshold);
        for (short w : weights) {
            out.writeShort(w);
        }
        out.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}; a damaged or foreign stream is an IOException saying so. */
    public static SplitModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a splitter model (wrong magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("splitter model version " + version + ", expected " + VERSION);
        }
        int buckets = in.readInt();
        if (buckets <= 0 || buckets > 1 << 24 || Integer.bitCount(buckets) != 1) {
            throw new IOException("splitter model with " + buckets + " buckets");
        }
        float scale = in.readFloat();
        float temperature = in.readFloat();
        float threshold = in.readFloat();
        short[] weights = new short[buckets];
        for (int i = 0; i < buckets; i++) {
            weights[i] = in.readShort();
        }
        return new SplitModel(weights, scale, temperature, threshold);
    }
}

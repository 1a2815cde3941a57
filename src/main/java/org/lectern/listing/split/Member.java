package org.lectern.listing.split;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One of the splitter's linear models: a weight per bucket, the buckets addressed by its own bits of the
 * features' 32-bit hashes. Two members read the same features through different bits, so a collision that
 * misleads one seldom misleads the other, and their disagreement is a second opinion on a split. Weights
 * are kept as 16-bit steps of one scale: half the memory of floats, so more of them stays in cache, and
 * the rounding costs nothing measurable.
 */
final class Member {
    /** Odd multipliers that pick each member's bits of a feature hash (index = hash * multiplier >>> shift). */
    private static final int[] MULTIPLIERS = {0x9E3779B1, 0x7FEB352D, 0x846CA68B, 0x2C1B3C6D};

    final short[] weights;
    final float scale;
    final int bits;
    final int salt;
    private final int multiplier;
    private final int shift;

    Member(float[] weights, int salt) {
        this(quantise(weights), scaleOf(weights), salt);
    }

    private Member(short[] weights, float scale, int salt) {
        if (Integer.bitCount(weights.length) != 1 || weights.length < 2) {
            throw new IllegalArgumentException("bucket count must be a power of two: " + weights.length);
        }
        if (salt < 0 || salt >= MULTIPLIERS.length) {
            throw new IllegalArgumentException("no member salt " + salt);
        }
        this.weights = weights;
        this.scale = scale;
        this.bits = Integer.numberOfTrailingZeros(weights.length);
        this.salt = salt;
        this.multiplier = MULTIPLIERS[salt];
        this.shift = 32 - bits;
    }

    /** The bucket a feature hash falls into for a member of 2^bits buckets and this salt. */
    static int index(int hash, int bits, int salt) {
        return (hash * MULTIPLIERS[salt]) >>> (32 - bits);
    }

    static int salts() {
        return MULTIPLIERS.length;
    }

    /** The score of the candidate whose feature hashes start at {@code offset}, in units of {@link #scale}. */
    int score(int[] features, int offset) {
        int sum = 0;
        for (int j = 0; j < Features.PER_CANDIDATE; j++) {
            sum += weights[(features[offset + j] * multiplier) >>> shift];
        }
        return sum;
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

    void write(DataOutputStream out) throws IOException {
        out.writeInt(salt);
        out.writeInt(weights.length);
        out.writeFloat(scale);
        for (short w : weights) {
            out.writeShort(w);
        }
    }

    static Member read(DataInputStream in) throws IOException {
        int salt = in.readInt();
        if (salt < 0 || salt >= MULTIPLIERS.length) {
            throw new IOException("splitter model member with salt " + salt);
        }
        int buckets = in.readInt();
        if (buckets < 2 || buckets > 1 << 24 || Integer.bitCount(buckets) != 1) {
            throw new IOException("splitter model member with " + buckets + " buckets");
        }
        float scale = in.readFloat();
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new IOException("splitter model member with scale " + scale);
        }
        short[] weights = new short[buckets];
        for (int i = 0; i < buckets; i++) {
            weights[i] = in.readShort();
        }
        return new Member(weights, scale, salt);
    }
}

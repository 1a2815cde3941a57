package org.lectern.listing.split;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One of the splitter's linear models: a weight per bucket, the buckets addressed by its own bits of the
 * features' 32-bit hashes. Two members read the same features through different bits, so a collision that
 * misleads one seldom misleads the other, and their disagreement is a second opinion on a split. Each weight
 * is one byte, the code of one of 255 levels (0 is a level of its own), so twice the buckets fit in the
 * memory 16-bit weights took and fewer features share a bucket. The levels lie on a square-root scale of
 * the largest weight: fine steps among the many small weights, coarser ones among the few large.
 */
final class Member {
    /** Odd multipliers that pick each member's bits of a feature hash (index = hash * multiplier >>> shift). */
    private static final int[] MULTIPLIERS = {0x9E3779B1, 0x7FEB352D, 0x846CA68B, 0x2C1B3C6D};
    /** Levels on each side of 0: codes -127..127. */
    private static final int SIDE = 127;

    final byte[] codes;
    /** Each code's weight, in units of {@link #scale}, by the code's unsigned byte value. */
    final int[] levels;
    final float scale;
    final int bits;
    final int salt;
    private final int multiplier;
    private final int shift;

    Member(float[] weights, int salt) {
        this(encode(weights), scaleOf(weights), salt);
    }

    private Member(byte[] codes, float scale, int salt) {
        if (Integer.bitCount(codes.length) != 1 || codes.length < 2) {
            throw new IllegalArgumentException("bucket count must be a power of two: " + codes.length);
        }
        if (salt < 0 || salt >= MULTIPLIERS.length) {
            throw new IllegalArgumentException("no member salt " + salt);
        }
        this.codes = codes;
        this.levels = levels();
        this.scale = scale;
        this.bits = Integer.numberOfTrailingZeros(codes.length);
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
        return score(features, offset, Features.PER_CANDIDATE);
    }

    /** The score of {@code count} feature hashes from {@code offset}, in units of {@link #scale}. */
    int score(int[] features, int offset, int count) {
        int sum = 0;
        for (int j = 0; j < count; j++) {
            sum += levels[codes[(features[offset + j] * multiplier) >>> shift] & 0xff];
        }
        return sum;
    }

    /** The weight of a bucket, as kept. */
    float weight(int bucket) {
        return levels[codes[bucket] & 0xff] * scale;
    }

    /** Code c (-127..127) stands for sign(c) (c/127)^2 of the largest weight, which is 2^15 units of scale. */
    private static int[] levels() {
        int[] levels = new int[256];
        for (int c = -SIDE; c <= SIDE; c++) {
            double u = (double) c / SIDE;
            levels[c & 0xff] = (int) Math.round(Math.signum(u) * u * u * Short.MAX_VALUE);
        }
        return levels;
    }

    private static float scaleOf(float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    /** Each weight's nearest level. */
    private static byte[] encode(float[] weights) {
        float max = scaleOf(weights) * Short.MAX_VALUE;
        int[] levels = levels();
        // the levels in increasing order of weight, and the codes they belong to
        int[] sorted = new int[2 * SIDE + 1];
        for (int c = -SIDE; c <= SIDE; c++) {
            sorted[c + SIDE] = levels[c & 0xff];
        }
        byte[] codes = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double target = weights[i] / max * Short.MAX_VALUE;
            int at = Arrays.binarySearch(sorted, (int) Math.round(target));
            int c;
            if (at >= 0) {
                c = at;
            } else {
                int hi = Math.min(-at - 1, sorted.length - 1);
                int lo = Math.max(hi - 1, 0);
                c = Math.abs(sorted[hi] - target) < Math.abs(sorted[lo] - target) ? hi : lo;
            }
            codes[i] = (byte) (c - SIDE);
        }
        return codes;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(salt);
        out.writeInt(codes.length);
        out.writeFloat(scale);
        out.write(codes);
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
        byte[] codes = new byte[buckets];
        in.readFully(codes);
        for (byte c : codes) {
            if (c == Byte.MIN_VALUE) {
                throw new IOException("splitter model member with weight code -128");
            }
        }
        return new Member(codes, scale, salt);
    }
}

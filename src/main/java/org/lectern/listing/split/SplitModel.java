package org.lectern.listing.split;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned splitter: its members (linear models over the same features, each through its own hash
 * bits), the softmax temperature of their summed scores, and the confidence below which a split is flagged
 * for review. Stored gzip-compressed, exactly as it is used.
 */
public final class SplitModel {
    private static final int MAGIC = 0x4C53504C; // "LSPL"
    /**
     * 5: members of one-byte weight codes (2^20 buckets each); version 4 had the same 45 templates of
     * Features over 16-bit weights (2^19 buckets), version 3 43 templates, version 2 one table of 37.
     */
    static final int VERSION = 5;

    final Member[] members;
    /** Softmax temperature fitted on held-out papers, so the probability means what it says. */
    final float temperature;
    /** Splits whose confidence is below this are flagged as uncertain. */
    final float threshold;

    SplitModel(List<Member> members, float temperature, float threshold) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a splitter model needs a member");
        }
        this.members = members.toArray(new Member[0]);
        this.temperature = temperature;
        this.threshold = threshold;
    }

    /** A one-member model of these weights (salt 0), with this temperature and threshold. */
    SplitModel(float[] weights, float temperature, float threshold) {
        this(List.of(new Member(weights, 0)), temperature, threshold);
    }

    /** The confidence below which a split should be reviewed. */
    public double threshold() {
        return threshold;
    }

    /** The same members with another temperature and threshold. */
    SplitModel calibrated(float newTemperature, float newThreshold) {
        return new SplitModel(List.of(members), newTemperature, newThreshold);
    }

    /** Writes the model exactly as it is used. */
    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeFloat(temperature);
        out.writeFloat(threshold);
        out.writeInt(members.length);
        for (Member m : members) {
            m.write(out);
        }
        out.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}; a damaged or foreign stream is an IOException saying so. */
    public static SplitModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a splitter model (wrong magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("splitter model version " + version + ", expected " + VERSION);
        }
        float temperature = in.readFloat();
        float threshold = in.readFloat();
        if (!(temperature > 0) || !(threshold >= 0 && threshold <= 1)) {
            throw new IOException("splitter model with temperature " + temperature + " and threshold " + threshold);
        }
        int count = in.readInt();
        if (count < 1 || count > Member.salts()) {
            throw new IOException("splitter model with " + count + " members");
        }
        Member[] members = new Member[count];
        for (int i = 0; i < count; i++) {
            members[i] = Member.read(in);
        }
        return new SplitModel(List.of(members), temperature, threshold);
    }
}

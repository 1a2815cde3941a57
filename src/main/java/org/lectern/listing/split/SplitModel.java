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
     * 6: version 5's members, then a flag and the second stage (its combining numbers, pair weights and word
     * counts); version 5 had members of one-byte weight codes (2^20 buckets each), version 4 the same 45
     * templates of Features over 16-bit weights (2^19 buckets), version 3 43 templates, version 2 one table of 37.
     */
    static final int VERSION = 6;
    /** Version 5 files hold the same first stage and no second: still read, as a first stage to train a second over. */
    private static final int FIRST_STAGE_ONLY = 5;

    final Member[] members;
    /** Softmax temperature fitted on held-out papers, so the probability means what it says. */
    final float temperature;
    /** Splits whose confidence is below this are flagged as uncertain. */
    final float threshold;
    /** The second stage, or null when the first stage's choice stands. */
    final Reranker reranker;

    SplitModel(List<Member> members, float temperature, float threshold) {
        this(members, temperature, threshold, null);
    }

    SplitModel(List<Member> members, float temperature, float threshold, Reranker reranker) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a splitter model needs a member");
        }
        this.members = members.toArray(new Member[0]);
        this.temperature = temperature;
        this.threshold = threshold;
        this.reranker = reranker;
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
        return new SplitModel(List.of(members), newTemperature, newThreshold, reranker);
    }

    /** The same model with this second stage (null: none). */
    SplitModel reranked(Reranker second) {
        return new SplitModel(List.of(members), temperature, threshold, second);
    }

    /** The first stage alone. */
    SplitModel firstStage() {
        return reranked(null);
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
        out.writeBoolean(reranker != null);
        if (reranker != null) {
            reranker.write(out);
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
        if (version != VERSION && version != FIRST_STAGE_ONLY) {
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
        Reranker second = version > FIRST_STAGE_ONLY && in.readBoolean() ? Reranker.read(in) : null;
        // Reading to the end has the gzip trailer checked, so a damaged file is not taken for a model.
        if (in.read() != -1) {
            throw new IOException("splitter model with bytes after its end");
        }
        return new SplitModel(List.of(members), temperature, threshold, second);
    }
}

package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/**
 * A model's members give a second opinion: a split they dispute is flagged however sure their sum is, and
 * the members survive the round trip through the model file. The weights come from a fit on the committed
 * corpus sample, so the members are real models, not made-up numbers.
 */
class SecondOpinionTest {
    private static final String RUN = "Scaling Laws for Tiny Language Models We study how small models scale with data. "
            + "Our results show a clear law across sizes.";

    private static float[] fitted() throws IOException {
        Trainer.Settings one = new Trainer.Settings(16, 6, 0.15, 0.2, 0.1, 7, 1);
        Member m = new Trainer(one).train(SplitterTrainingTest.sample()).members[0];
        float[] w = new float[m.codes.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = m.weight(i);
        }
        return w;
    }

    @Test
    void aSplitTheMembersDisputeIsFlaggedThoughTheirSumIsSure() throws IOException {
        float[] w = fitted();
        float[] against = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            against[i] = -0.2f * w[i];
        }
        Splitter alone = new Splitter(new SplitModel(List.of(new Member(w, 0)), 1, 0.5f));
        Splitter.Choice sure = alone.choose(RUN);
        assertTrue(sure.confidence() > 0.5 && !sure.uncertain(), "one member alone is sure: " + sure);

        // the second member reads the same features the opposite way: it prefers another boundary, while
        // the sum still prefers the first member's
        Splitter disputed = new Splitter(new SplitModel(List.of(new Member(w, 0), new Member(against, 0)), 1, 0.5f));
        Splitter.Choice choice = disputed.choose(RUN);
        assertEquals(sure.cut(), choice.cut());
        assertTrue(choice.uncertain(), "disputed: " + choice);
        assertTrue(choice.confidence() < 0.5, "a flagged split's confidence is under the threshold: " + choice);
    }

    @Test
    void membersWithTheirOwnBitsSurviveTheModelFile() throws IOException {
        Trainer.Settings two = new Trainer.Settings(14, 3, 0.15, 0.2, 0.1, 9, 2);
        SplitModel model = new Trainer(two).train(SplitterTrainingTest.sample().subList(0, 150)).calibrated(1.5f, 0.8f);
        SplitModel read = TrainSplitter.roundTrip(model);
        assertEquals(2, read.members.length);
        assertEquals(0.8f, read.threshold);
        assertEquals(1.5f, read.temperature);
        for (int m = 0; m < 2; m++) {
            assertEquals(model.members[m].salt, read.members[m].salt);
            assertEquals(model.members[m].scale, read.members[m].scale);
            assertTrue(java.util.Arrays.equals(model.members[m].codes, read.members[m].codes));
        }
        // each member was fitted through its own bits, so their weights differ
        assertFalse(java.util.Arrays.equals(read.members[0].codes, read.members[1].codes));
        assertNotEquals(Member.index(0x12345678, 14, 0), Member.index(0x12345678, 14, 1));
        assertEquals(new Splitter(model).choose(RUN), new Splitter(read).choose(RUN));
    }

    @Test
    void aModelFileWithAnImpossibleMemberCountIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(0x4C53504C);
            out.writeInt(SplitModel.VERSION);
            out.writeFloat(1.5f);
            out.writeFloat(0.9f);
            out.writeInt(99);
        }
        IOException e = assertThrows(IOException.class, () -> SplitModel.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().contains("99 members"), e.getMessage());
    }
}

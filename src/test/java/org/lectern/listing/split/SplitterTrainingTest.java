package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a small sample of the corpus (412 arXiv papers, abstracts cut to 80 words, committed under
 * src/test/resources/splitter): the fit learns, is the same for the same seed, and what it writes reads back.
 */
class SplitterTrainingTest {
    private static final Trainer.Settings SMALL = new Trainer.Settings(16, 8, 0.15, 0.2, 0.1, 5, 2);

    @TempDir
    Path dir;

    static List<Corpus.Paper> sample() throws IOException {
        try (InputStream in = new GZIPInputStream(SplitterTrainingTest.class.getResourceAsStream("/splitter/corpus-sample.tsv.gz"))) {
            return Corpus.read(in, "corpus-sample.tsv.gz").papers();
        }
    }

    @Test
    void aModelTrainedOnPapersSplitsPapersItHasNotSeen() throws IOException {
        List<Corpus.Paper> papers = sample();
        List<Corpus.Paper> train = papers.subList(0, 330);
        List<Corpus.Paper> held = papers.subList(330, papers.size());
        SplitModel untrained = new SplitModel(new float[1 << 16], 1, 0);
        SplitModel trained = TrainSplitter.roundTrip(new Trainer(SMALL).train(train));
        double before = Evaluation.of(untrained, held, UnaryOperator.identity()).exactShare();
        Evaluation after = Evaluation.of(trained, held, UnaryOperator.identity());
        Evaluation sentence = Evaluation.of(trained, held, Recase::sentenceCase);
        // 330 papers are far too few for the shipped figures, but enough to learn most boundaries
        assertTrue(before < 0.1, "an untrained model splits after the first word: " + before);
        assertTrue(after.exactShare() > 0.8, after.summary(0.5));
        assertTrue(sentence.exactShare() > 0.75, sentence.summary(0.5));
        assertTrue(after.top3Share() > after.exactShare(), after.summary(0.5));
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnother() throws IOException {
        List<Corpus.Paper> train = sample().subList(0, 200);
        assertArrayEquals(bytes(new Trainer(SMALL).train(train)), bytes(new Trainer(SMALL).train(train)));
        Trainer.Settings other = new Trainer.Settings(16, 8, 0.15, 0.2, 0.1, 6, 2);
        assertFalse(java.util.Arrays.equals(bytes(new Trainer(SMALL).train(train)), bytes(new Trainer(other).train(train))));
    }

    @Test
    void theTrainingRunWritesAModelThatSplitsAndReportsItsFigures() throws IOException {
        Path corpus = dir.resolve("corpus.tsv.gz");
        try (InputStream in = getClass().getResourceAsStream("/splitter/corpus-sample.tsv.gz")) {
            Files.copy(in, corpus);
        }
        Path out = dir.resolve("model.bin.gz");
        StringWriter log = new StringWriter();
        Evaluation test = TrainSplitter.run(new TrainSplitter.Options(corpus, out, 3, 400, 8, 16, 2, null, 1.0),
                new PrintWriter(log, true));
        assertTrue(log.toString().contains("test part, titles as listed:"), log.toString());
        assertTrue(log.toString().contains("calibration part, titles as listed:"), log.toString());
        assertTrue(log.toString().contains("flagged share against errors caught"), log.toString());
        assertTrue(log.toString().contains("first stage alone: calibration part"), log.toString());
        assertTrue(log.toString().contains("second stage:"), log.toString());
        assertTrue(log.toString().matches("(?s).*\\n[1-9][0-9]* training papers made with an \"-ing\" word.*"), log.toString());
        assertTrue(test.papers() > 0 && test.exactShare() > 0.6, log.toString());
        SplitModel model;
        try (InputStream in = Files.newInputStream(out)) {
            model = SplitModel.read(in);
        }
        // the model holds the threshold the run calibrated and printed (0 when the papers flagged whatever
        // their confidence fill the budget of so small a calibration part)
        assertTrue(model.threshold() >= 0 && model.threshold() <= 1, "threshold " + model.threshold());
        assertTrue(model.reranker != null && model.reranker.gamma() != 0, "the run trains the second stage too");
        assertTrue(log.toString().contains(String.format(java.util.Locale.ROOT, "threshold %.4f", model.threshold())), log.toString());
        String run = "Scaling Laws for Tiny Models We study how small models scale. Our results show a clear law.";
        Splitter.Choice choice = new Splitter(model).choose(run);
        assertTrue(choice.cut() > 0 && choice.cut() <= run.length());
        assertEquals(run.substring(0, choice.cut()).strip().split(" ").length, choice.titleWords());
    }

    @Test
    void aDamagedModelIsRefusedWithItsCause() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        IOException e = assertThrows(IOException.class, () -> SplitModel.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().contains("not a splitter model"), e.getMessage());
        assertThrows(IOException.class, () -> SplitModel.read(new ByteArrayInputStream(new byte[] {9, 9, 9})));
    }

    @Test
    void aMemberKeepsEachWeightAsItsNearestLevelAndReadsBackTheSame() throws IOException {
        float[] w = new float[1 << 8];
        float[] given = {0, 2.0f, -2.0f, 0.5f, -0.02f, 0.0001f, 1.999f};
        System.arraycopy(given, 0, w, 0, given.length);
        Member m = new Member(w, 0);
        SplitModel back = TrainSplitter.roundTrip(new SplitModel(List.of(m), 1, 0.5f));
        for (int i = 0; i < given.length; i++) {
            double kept = m.weight(i);
            // levels lie on a square-root scale of the largest weight: 1.6% of it apart at the top, finer below
            double step = 2.0 * 2 * Math.sqrt(Math.abs(given[i]) / 2.0) / 127 + 2.0 / (127 * 127);
            assertTrue(Math.abs(kept - given[i]) <= step / 2 + 1e-6, i + ": " + given[i] + " kept as " + kept);
            assertEquals(m.codes[i], back.members[0].codes[i]);
        }
        assertEquals(0, m.weight(0), "an unused bucket stays 0");
        assertEquals(2.0, m.weight(1), 1e-6, "the largest weight is a level");
    }

    @Test
    void recasingKeepsAcronymsAndNames() {
        assertEquals("LoRA: Low-Rank adaptation of GPT-4 models", Recase.sentenceCase("LoRA: Low-Rank Adaptation of GPT-4 Models"));
        assertEquals("scaling laws for LLMs", Recase.lowerCase("Scaling Laws for LLMs"));
    }

    private static byte[] bytes(SplitModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}

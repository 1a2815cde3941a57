package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The second stage on the committed corpus sample: its word counts leave a training paper out, its pair
 * model learns which of two close boundaries is right, it moves a split only within the first stage's two
 * likeliest boundaries and keeps their probability, and it survives the model file.
 */
class RerankerTest {
    private static final RerankTrainer.Settings PAIRS = new RerankTrainer.Settings(14, 10, 4, 0.1, 0.2, 0.1, 5);
    private static final Trainer.Settings FIRST = new Trainer.Settings(16, 6, 0.15, 0.2, 0.1, 5, 1);

    @Test
    void aTrainingPaperIsCountedAsIfItWereUnseen() throws IOException {
        List<Corpus.Paper> papers = SplitterTrainingTest.sample();
        Corpus.Paper left = papers.get(17);
        List<Corpus.Paper> others = new ArrayList<>(papers);
        others.remove(17);
        WordStats all = WordStats.count(papers, 12);
        WordStats withoutIt = WordStats.count(others, 12);
        WordStats.Lookup leaving = all.without(left);
        Tokens t = new Tokens(left.run());
        boolean differs = false;
        for (int w = 0; w < t.size; w++) {
            for (int kind = WordStats.OPENER; kind <= WordStats.IN_TITLE; kind++) {
                assertEquals(withoutIt.level(kind, t.lower[w]), leaving.level(kind, t.lower[w]), "word " + w + ", kind " + kind);
                differs |= all.level(kind, t.lower[w]) != withoutIt.level(kind, t.lower[w]);
            }
        }
        assertTrue(differs, "the paper's own words are in the full counts");
        Tokens opening = new Tokens(left.abstractText());
        assertTrue(all.level(WordStats.OPENER, opening.lower[0]) > 0, "its abstract's first word opens an abstract");
    }

    @Test
    void thePairModelLearnsWhichOfTwoCloseBoundariesIsRight() throws IOException {
        List<Corpus.Paper> papers = SplitterTrainingTest.sample();
        List<Corpus.Paper> train = papers.subList(0, 330);
        List<Corpus.Paper> held = papers.subList(330, papers.size());
        SplitModel first = new Trainer(FIRST).train(train);
        Reranker pairs = new RerankTrainer(PAIRS).train(train, first);
        int right = 0;
        int asked = 0;
        int[] buffer = new int[PairFeatures.PER_PAIR];
        for (Corpus.Paper paper : held) {
            int truth = Trainer.titleWords(paper.title());
            Tokens t = new Tokens(paper.run());
            for (int other : new int[] {truth - 1, truth + 1}) {
                if (other < 1 || other >= t.size) {
                    continue;
                }
                int e = Math.min(truth, other);
                double later = pairs.pairScore(t, pairs.stats().all, e, Math.max(truth, other), buffer);
                right += (later > 0) == (truth > e) ? 1 : 0;
                asked++;
            }
        }
        // an untrained pair model scores every pair 0, which calls half of these pairs right
        assertTrue(asked > 100 && right > 0.85 * asked, right + " of " + asked);
    }

    @Test
    void aPairModelSureOfTheLaterBoundaryMovesTheSplitWithinTheFirstStagesTwoLikeliest() throws IOException {
        List<Corpus.Paper> papers = SplitterTrainingTest.sample();
        SplitModel first = new Trainer(FIRST).train(papers.subList(0, 330));
        Reranker pairs = new RerankTrainer(PAIRS).train(papers.subList(0, 330), first);
        float[] later = new float[pairs.member().codes.length];
        Arrays.fill(later, 100f);
        float[] earlier = new float[later.length];
        Arrays.fill(earlier, -100f);
        int toLater = 0;
        int toEarlier = 0;
        for (Corpus.Paper paper : papers.subList(330, papers.size())) {
            Splitter.Scores alone = scores(first, paper);
            int[] pair = Reranker.pair(alone);
            if (pair == null) {
                continue;
            }
            double mass = alone.p[pair[0]] + alone.p[pair[1]];
            for (float[] w : List.of(later, earlier)) {
                Reranker sure = new Reranker(new Member(w, 0), pairs.stats(), 1, 1, 0);
                Splitter.Scores s = scores(first.reranked(sure), paper);
                assertEquals(w == later ? pair[1] : pair[0], s.best, paper.title());
                assertEquals(mass, s.p[pair[0]] + s.p[pair[1]], 1e-9, "the pair keeps its probability");
                assertTrue(s.p[s.best] > 0.99 * mass, "sure of one of the two: " + s.p[s.best] + " of " + mass);
                for (int c = 0; c < s.candidates; c++) {
                    if (c != pair[0] && c != pair[1]) {
                        assertEquals(alone.p[c], s.p[c], 1e-12, "candidate " + c + " is left alone");
                    }
                }
            }
            toLater += alone.best == pair[0] ? 1 : 0;
            toEarlier += alone.best == pair[1] ? 1 : 0;
        }
        // both ways a choice of the first stage was moved
        assertTrue(toLater > 0 && toEarlier > 0, "moved later " + toLater + ", earlier " + toEarlier);
    }

    @Test
    void theTrainedSecondStageSurvivesTheModelFileAndSplitsTheSame() throws IOException {
        List<Corpus.Paper> papers = SplitterTrainingTest.sample();
        SplitModel first = new Trainer(FIRST).train(papers.subList(0, 330)).calibrated(1.2f, 0.7f);
        Reranker second = RerankTrainer.combine(first, new RerankTrainer(PAIRS).train(papers.subList(0, 330), first),
                papers.subList(330, papers.size()), List.of(UnaryOperator.identity()));
        assertTrue(second.gamma() > 0, "the pair model's score counts for the boundary it favours: " + second.gamma());
        SplitModel model = first.reranked(second);
        SplitModel read = TrainSplitter.roundTrip(model);
        assertNotNull(read.reranker);
        assertEquals(second.alpha(), read.reranker.alpha());
        assertEquals(second.gamma(), read.reranker.gamma());
        assertEquals(second.beta(), read.reranker.beta());
        assertArrayEquals(second.member().codes, read.reranker.member().codes);
        for (int kind = WordStats.OPENER; kind <= WordStats.IN_TITLE; kind++) {
            assertArrayEquals(second.stats().levels[kind], read.reranker.stats().levels[kind]);
        }
        for (Corpus.Paper paper : papers.subList(330, papers.size())) {
            assertEquals(new Splitter(model).choose(paper.run()), new Splitter(read).choose(paper.run()));
        }
    }

    @Test
    void anEvaluationCountsAsLateTheErrorsWhoseTitleTakesTheAbstractsFirstWords() throws IOException {
        List<Corpus.Paper> papers = SplitterTrainingTest.sample();
        SplitModel first = new Trainer(FIRST).train(papers.subList(0, 330));
        Reranker pairs = new RerankTrainer(PAIRS).train(papers.subList(0, 330), first);
        Member silent = new Member(new float[pairs.member().codes.length], 0);
        List<Corpus.Paper> held = papers.subList(330, papers.size());
        // a second stage that always takes the later of the two likeliest boundaries, or always the earlier
        Evaluation later = Evaluation.of(first.reranked(new Reranker(silent, pairs.stats(), 0, 0, 100)), held,
                UnaryOperator.identity());
        Evaluation earlier = Evaluation.of(first.reranked(new Reranker(silent, pairs.stats(), 0, 0, -100)), held,
                UnaryOperator.identity());
        assertTrue(later.lateErrors() > earlier.lateErrors(), later.lateErrors() + " against " + earlier.lateErrors());
        assertTrue(earlier.errors() - earlier.lateErrors() > later.errors() - later.lateErrors(),
                "errors one word or more early: " + (earlier.errors() - earlier.lateErrors()) + " against "
                        + (later.errors() - later.lateErrors()));
        assertTrue(later.lateErrors() <= later.errors());
    }

    private static Splitter.Scores scores(SplitModel model, Corpus.Paper paper) {
        Splitter.Scores s = new Splitter.Scores(model);
        new Splitter(model).score(new Tokens(paper.run()), s);
        return s;
    }
}

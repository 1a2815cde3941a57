package org.lectern.families;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What one training of the family models lends the next, so that an import retrains only the families it
 * changed: the vocabulary and each family's model (never the papers' texts or vectors, which are read again
 * a page at a time). Kept in memory by whoever places papers (the window keeps one for as long as it runs);
 * a command-line import starts without one and trains every family once, which is what a single placement
 * needs anyway.
 */
public final class ClassifierCache {

    // the vocabulary is refitted when the library has grown or shrunk by more than this share
    private static final double DRIFT = 0.25;

    private TfIdf tfidf;
    private int fittedOn;
    private final Map<Long, FamilyClassifier.Trained> models = new ConcurrentHashMap<>();
    // counted from the training threads: FamilyClassifier holds this cache's lock on the calling thread
    private final AtomicInteger trained = new AtomicInteger();

    /** How many family models have been trained through this cache, for telling what was reused. */
    public int trainedModels() {
        return trained.get();
    }

    TfIdf vocabulary(int papers, Supplier<TfIdf> fit) {
        if (tfidf == null || papers > fittedOn * (1 + DRIFT) || papers < fittedOn * (1 - DRIFT)) {
            // a new vocabulary numbers its terms anew: no model made with the old one can be kept
            tfidf = fit.get();
            fittedOn = papers;
            models.clear();
        }
        return tfidf;
    }

    /** Whether the family's model must be trained (again): it has none, or its name, kind, members or refusals changed. */
    boolean stale(FamilyExamples f) {
        FamilyClassifier.Trained t = models.get(f.familyId());
        return t == null || !t.family().equals(f);
    }

    /** The family's model, trained again only when it is {@link #stale}. */
    FamilyClassifier.Trained model(FamilyExamples f, Supplier<FamilyClassifier.Trained> train) {
        if (stale(f)) {
            models.put(f.familyId(), train.get());
            trained.incrementAndGet();
        }
        return models.get(f.familyId());
    }

    /** Forgets the families that are gone. */
    void keepOnly(List<FamilyExamples> families) {
        Set<Long> ids = new HashSet<>();
        families.forEach(f -> ids.add(f.familyId()));
        models.keySet().retainAll(ids);
    }
}

package org.lectern.families;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What one training of the family models lends the next, so that an import retrains only the families it
 * changed: the vocabulary, each paper's vector, each family's model. Kept in memory by whoever places papers
 * (the window keeps one for as long as it runs); a command-line import starts without one and trains every
 * family once, which is what a single placement needs anyway.
 */
public final class ClassifierCache {

    // the vocabulary is refitted when the library has grown or shrunk by more than this share
    private static final double DRIFT = 0.25;

    private record Vectorised(Document doc, SparseVector vector) {
    }

    private TfIdf tfidf;
    private int fittedOn;
    private final Map<Long, Vectorised> vectors = new ConcurrentHashMap<>();
    private final Map<Long, FamilyClassifier.Trained> models = new ConcurrentHashMap<>();
    // counted from the training threads: FamilyClassifier holds this cache's lock on the calling thread
    private final AtomicInteger trained = new AtomicInteger();

    /** How many family models have been trained through this cache, for telling what was reused. */
    public int trainedModels() {
        return trained.get();
    }

    TfIdf vocabulary(List<Document> corpus, Supplier<TfIdf> fit) {
        int n = corpus.size();
        if (tfidf == null || n > fittedOn * (1 + DRIFT) || n < fittedOn * (1 - DRIFT)) {
            // a new vocabulary numbers its terms anew: nothing made with the old one can be kept
            tfidf = fit.get();
            fittedOn = n;
            vectors.clear();
            models.clear();
        }
        return tfidf;
    }

    /** The paper's vector, made again only when its text changed. */
    SparseVector vector(Document d, TfIdf vocabulary) {
        Vectorised v = vectors.get(d.id());
        if (v == null || !v.doc().equals(d)) {
            v = new Vectorised(d, vocabulary.vector(d));
            vectors.put(d.id(), v);
        }
        return v.vector();
    }

    /** The family's model, trained again only when its name, kind, members or refusals changed. */
    FamilyClassifier.Trained model(FamilyExamples f, Supplier<FamilyClassifier.Trained> train) {
        FamilyClassifier.Trained t = models.get(f.familyId());
        if (t == null || !t.family().equals(f)) {
            t = train.get();
            models.put(f.familyId(), t);
            trained.incrementAndGet();
        }
        return t;
    }

    /** Forgets the families that are gone, and the papers no longer in the library. */
    void keepOnly(List<FamilyExamples> families) {
        Set<Long> ids = new HashSet<>();
        families.forEach(f -> ids.add(f.familyId()));
        models.keySet().retainAll(ids);
    }

    void keepPapers(List<Document> corpus) {
        Map<Long, Boolean> present = new HashMap<>(corpus.size() * 2);
        corpus.forEach(d -> present.put(d.id(), Boolean.TRUE));
        vectors.keySet().retainAll(present.keySet());
    }
}

package org.lectern.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Proposes new families for a set of papers: shared model names first, then topics among the rest. */
public final class FamilyProposer {

    // papers the vocabulary is fitted on; the clusterer works on a sample of 1,500 anyway
    private static final int VOCABULARY_SAMPLE = 4000;

    private final Tokenizer tokenizer = new Tokenizer();
    private final ModelNameDetector models;
    private final TopicClusterer clusterer;
    private final ProposalNamer namer = new ProposalNamer(8);

    /** Uses the defaults that were checked on the seed and the dev listings. */
    public FamilyProposer() {
        this(new ModelNameDetector(), new TopicClusterer(0.10, 0.10, 3, 1500));
    }

    /** Uses the given detectors, e.g. with other thresholds. */
    public FamilyProposer(ModelNameDetector models, TopicClusterer clusterer) {
        this.models = models;
        this.clusterer = clusterer;
    }

    /** Proposals for {@code docs}, model families first, each topic largest first. */
    public List<Proposal> propose(List<Document> docs) {
        return propose(docs, List.of());
    }

    /**
     * Proposals for {@code docs} that the reader does not have yet: model names already used by a family
     * are skipped, and papers already in a family are not clustered again.
     */
    public List<Proposal> propose(List<Document> docs, List<FamilyExamples> existing) {
        Set<String> knownNames = new HashSet<>();
        Set<Long> placed = new HashSet<>();
        for (FamilyExamples f : existing) {
            knownNames.add(f.name().toLowerCase(Locale.ROOT));
            placed.addAll(f.members());
        }
        Map<Long, Document> byId = new HashMap<>(docs.size() * 2);
        docs.forEach(d -> byId.put(d.id(), d));
        List<Proposal> out = new ArrayList<>();
        for (ModelNameDetector.ModelFamily m : models.detect(docs)) {
            if (knownNames.contains(m.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new Proposal(m.name(), "model", m.members(), heads(byId, m)));
            placed.addAll(m.members());
        }
        List<Document> rest = new ArrayList<>();
        for (Document d : docs) {
            if (!placed.contains(d.id())) {
                rest.add(d);
            }
        }
        ProposalNames names = new ProposalNames(knownNames, out);
        for (Topic t : topics(rest)) {
            names.add(t.naming(), t.members());
        }
        return names.proposals();
    }

    private record Topic(ProposalNamer.Naming naming, List<Long> members) {
    }

    private List<Topic> topics(List<Document> docs) {
        if (docs.size() < 2) {
            return List.of();
        }
        TfIdf tfidf = TfIdf.fit(docs, tokenizer, 2, 0.5, VOCABULARY_SAMPLE);
        List<SparseVector> vectors = docs.parallelStream().map(tfidf::vector).toList();
        double[] corpusSum = new double[tfidf.size()];
        int[] corpusDf = new int[tfidf.size()];
        for (SparseVector v : vectors) {
            v.addTo(corpusSum, 1.0);
            for (int t : v.indices()) {
                corpusDf[t]++;
            }
        }
        List<Topic> out = new ArrayList<>();
        for (int[] cluster : clusterer.cluster(vectors, tfidf.size())) {
            ProposalNamer.Naming naming = namer.name(cluster, docs, vectors, corpusSum, corpusDf, tfidf);
            List<Long> members = new ArrayList<>(cluster.length);
            for (int i : cluster) {
                members.add(docs.get(i).id());
            }
            out.add(new Topic(naming, members));
        }
        return out;
    }

    // the reason for a model family is the names themselves, as the titles spell them
    private static List<String> heads(Map<Long, Document> byId, ModelNameDetector.ModelFamily m) {
        Set<String> out = new LinkedHashSet<>();
        for (long id : m.members()) {
            Document d = byId.get(id);
            if (d != null && out.size() < 8) {
                out.add(String.join(" ", ModelNameDetector.head(d.title())));
            }
        }
        return new ArrayList<>(out);
    }
}

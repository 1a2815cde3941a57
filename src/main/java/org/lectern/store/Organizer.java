package org.lectern.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lectern.families.ClassifierCache;
import org.lectern.families.Corpus;
import org.lectern.families.Document;
import org.lectern.families.FamilyClassifier;
import org.lectern.families.FamilyExamples;
import org.lectern.families.FamilyProposer;
import org.lectern.families.Placement;
import org.lectern.families.Proposal;

/**
 * Family detection run against the library: proposes families for the papers in none, turns the reader's
 * answers into families or remembered refusals, and places newly imported papers in the families they
 * belong to (or suggests them). The detection itself runs outside the library's lock; only loading and
 * writing hold it. The SQL is in {@link FamilyReads} and {@link FamilyWrites}.
 */
public final class Organizer {

    /**
     * What placing papers did.
     *
     * @param papers    how many papers were looked at
     * @param placed    memberships added without asking
     * @param suggested suggestions left for the reader
     */
    public record Placed(int papers, int placed, int suggested) {
    }

    private final Library library;
    private final FamilyProposer proposer;
    // models of the families, kept between imports so each retrains only the families that changed
    private final ClassifierCache classifiers = new ClassifierCache();
    // new papers read and classified at a time
    private static final int PAGE = 1000;

    public Organizer(Library library) {
        this(library, new FamilyProposer());
    }

    /** Uses {@code proposer}, e.g. one with other thresholds. */
    public Organizer(Library library, FamilyProposer proposer) {
        this.library = library;
        this.proposer = proposer;
    }

    /**
     * New families for the papers that are in none, model families first: names already in use and
     * proposals resembling one the reader rejected are left out.
     */
    public List<Proposal> propose() {
        List<Document> docs = library.read(FamilyReads::documents);
        List<FamilyExamples> existing = library.read(FamilyReads::examples);
        List<FamilyReads.Refused> refused = library.read(FamilyReads::refused);
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposer.propose(docs, existing)) {
            if (refused.stream().noneMatch(r -> p.resembles(r.name(), r.members()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Accepts a proposal under its own name; returns the family's id. */
    public long accept(Proposal proposal) {
        return accept(proposal, proposal.name());
    }

    /**
     * Accepts a proposal under {@code name} (a family of that name already there receives the papers);
     * members the reader rejected for that family stay out. Returns the family's id.
     */
    public long accept(Proposal proposal, String name) {
        return library.write(c -> FamilyWrites.accept(c, proposal, name, Library.now()));
    }

    /** Accepts every proposal in one transaction: after a crash or kill, all of them are there or none. */
    public List<Long> acceptAll(List<Proposal> proposals) {
        return library.write(c -> {
            String now = Library.now();
            List<Long> ids = new ArrayList<>();
            for (Proposal p : proposals) ids.add(FamilyWrites.accept(c, p, p.name(), now));
            return ids;
        });
    }

    /** The reader does not want this family: neither it nor one much like it is proposed again. */
    public void reject(Proposal proposal) {
        library.write(c -> {
            FamilyWrites.reject(c, proposal, Library.now());
            return null;
        });
    }

    /** Forgets the latest refusal of a proposal by this name and kind (the undo of {@link #reject}). */
    public void forgetRejection(Proposal proposal) {
        library.write(c -> {
            FamilyWrites.forgetRejection(c, proposal);
            return null;
        });
    }

    /** Places the papers an import brought in; call it after {@link Importer#commit}. */
    public Placed placeNew(long importId) {
        return place(library.read(c -> FamilyPlacements.paperIds(c, importId)));
    }

    /**
     * Places {@code paperIds} in the families they belong to, judged by models trained on the rest of the
     * library: confident ones become members, less confident ones suggestions. A family the reader
     * rejected a paper for never receives it, as member or as suggestion.
     */
    public Placed place(Collection<Long> paperIds) {
        Set<Long> fresh = new HashSet<>(paperIds);
        if (fresh.isEmpty()) return new Placed(0, 0, 0);
        List<FamilyExamples> families = library.read(FamilyReads::examples);
        if (families.isEmpty()) return new Placed(fresh.size(), 0, 0); // nothing to place into: skip reading the texts
        long[] all = library.read(FamilyReads::paperIds);
        long[] corpus = new long[all.length];
        long[] news = new long[Math.min(all.length, fresh.size())];
        int inCorpus = 0;
        int present = 0;
        for (long id : all) {
            if (fresh.contains(id)) news[present++] = id;
            else corpus[inCorpus++] = id;
        }
        if (present == 0 || inCorpus == 0) return new Placed(present, 0, 0);

        FamilyClassifier classifier = FamilyClassifier.train(families,
                // each page its own short read
                Corpus.of(Arrays.copyOf(corpus, inCorpus), page -> library.read(c -> FamilyReads.documents(c, page))),
                classifiers);
        Map<Long, FamilyExamples> byId = new HashMap<>();
        families.forEach(f -> byId.put(f.familyId(), f));
        List<Map.Entry<Long, List<Placement>>> decided = new ArrayList<>(present);
        for (int from = 0; from < present; from += PAGE) {
            long[] page = Arrays.copyOfRange(news, from, Math.min(present, from + PAGE));
            decided.addAll(library.read(c -> FamilyReads.documents(c, page)).parallelStream()
                    .map(d -> Map.entry(d.id(), classifier.classify(d))).toList());
        }
        int looked = present;
        return library.write(c -> {
            FamilyWrites.Written done = FamilyWrites.place(c, decided, byId, Library.now());
            return new Placed(looked, done.placed(), done.suggested());
        });
    }
}

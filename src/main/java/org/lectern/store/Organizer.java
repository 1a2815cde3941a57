package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lectern.families.ClassifierCache;
import org.lectern.families.Decision;
import org.lectern.families.Document;
import org.lectern.families.FamilyClassifier;
import org.lectern.families.FamilyExamples;
import org.lectern.families.FamilyProposer;
import org.lectern.families.Placement;
import org.lectern.families.Proposal;
import org.lectern.library.FamilyKind;

/**
 * Family detection run against the library: proposes families for the papers in none, turns the reader's
 * answers into families or remembered refusals, and places newly imported papers in the families they
 * belong to (or suggests them). The detection itself runs outside the library's lock; only loading and
 * writing hold it.
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
        List<Document> docs = library.read(c -> documents(c));
        List<FamilyExamples> existing = library.read(Organizer::examples);
        List<Refused> refused = library.read(Organizer::refused);
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
        return library.write(c -> accept(c, proposal, name, Library.now()));
    }

    /** Accepts every proposal in one transaction: after a crash or kill, all of them are there or none. */
    public List<Long> acceptAll(List<Proposal> proposals) {
        return library.write(c -> {
            String now = Library.now();
            List<Long> ids = new ArrayList<>();
            for (Proposal p : proposals) ids.add(accept(c, p, p.name(), now));
            return ids;
        });
    }

    private static long accept(Connection c, Proposal proposal, String name, String now) throws SQLException {
        FamilyKind kind = FamilyKind.ofProposal(proposal.kind());
        String source = kind.automaticSource();
        boolean existed;
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM family WHERE name = ?")) {
            s.setString(1, name.strip());
            try (ResultSet rs = s.executeQuery()) {
                existed = rs.next();
            }
        }
        long id = Families.ensure(c, name, now);
        // a family the reader already has keeps its kind and reason
        if (!existed) {
            try (PreparedStatement s = c.prepareStatement("UPDATE family SET kind = ?, reason = ? WHERE id = ?")) {
                s.setString(1, kind.key());
                s.setString(2, String.join(", ", proposal.reason()));
                s.setLong(3, id);
                s.executeUpdate();
            }
        }
        for (long paper : proposal.members()) {
            Families.addMember(c, id, paper, source, null, now);
        }
        return id;
    }

    /** The reader does not want this family: neither it nor one much like it is proposed again. */
    public void reject(Proposal proposal) {
        library.write(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO proposal_rejection(name, kind, at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, proposal.name());
                s.setString(2, proposal.kind());
                s.setString(3, Library.now());
                s.executeUpdate();
                id = Importer.generatedKey(s);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO proposal_rejection_member(rejection_id, paper_id)
                    SELECT ?, ? WHERE EXISTS (SELECT 1 FROM paper WHERE id = ?2) ON CONFLICT DO NOTHING""")) {
                for (long paper : proposal.members()) {
                    s.setLong(1, id);
                    s.setLong(2, paper);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Forgets the latest refusal of a proposal by this name and kind (the undo of {@link #reject}). */
    public void forgetRejection(Proposal proposal) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    DELETE FROM proposal_rejection WHERE id =
                      (SELECT max(id) FROM proposal_rejection WHERE name = ? AND kind = ?)""")) {
                s.setString(1, proposal.name());
                s.setString(2, proposal.kind());
                s.executeUpdate();
            }
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
        List<FamilyExamples> families = library.read(Organizer::examples);
        if (families.isEmpty()) return new Placed(fresh.size(), 0, 0); // nothing to place into: skip reading the texts
        List<Document> all = library.read(c -> documents(c));
        List<Document> corpus = new ArrayList<>(all.size());
        List<Document> news = new ArrayList<>(fresh.size());
        for (Document d : all) (fresh.contains(d.id()) ? news : corpus).add(d);
        if (families.isEmpty() || news.isEmpty() || corpus.isEmpty()) return new Placed(news.size(), 0, 0);

        FamilyClassifier classifier = FamilyClassifier.train(families, corpus, classifiers);
        Map<Long, FamilyExamples> byId = new HashMap<>();
        families.forEach(f -> byId.put(f.familyId(), f));
        List<Map.Entry<Document, List<Placement>>> decided = news.parallelStream()
                .map(d -> Map.entry(d, classifier.classify(d))).toList();
        return library.write(c -> {
            String now = Library.now();
            int placed = 0;
            int suggested = 0;
            try (PreparedStatement suggest = c.prepareStatement("""
                    INSERT INTO family_suggestion(family_id, paper_id, score) SELECT ?1, ?2, ?3
                    WHERE NOT EXISTS (SELECT 1 FROM family_rejection WHERE family_id = ?1 AND paper_id = ?2)
                      AND NOT EXISTS (SELECT 1 FROM family_member WHERE family_id = ?1 AND paper_id = ?2)
                      AND EXISTS (SELECT 1 FROM family WHERE id = ?1)
                    ON CONFLICT DO UPDATE SET score = excluded.score""")) {
                for (Map.Entry<Document, List<Placement>> e : decided) {
                    Document d = e.getKey();
                    for (Placement p : e.getValue()) {
                        if (p.decision() == Decision.PLACE) {
                            // the classifier places in a model family only by the name in the title
                            String source = FamilyKind.parse(byId.get(p.familyId()).kind()).automaticSource();
                            if (familyExists(c, p.familyId())
                                    && Families.addMember(c, p.familyId(), d.id(), source, p.score(), now)) {
                                placed++;
                            }
                        } else {
                            suggest.setLong(1, p.familyId());
                            suggest.setLong(2, d.id());
                            suggest.setDouble(3, p.score());
                            suggested += suggest.executeUpdate();
                        }
                    }
                }
            }
            return new Placed(news.size(), placed, suggested);
        });
    }

    // the reader may delete a family while the models were being trained
    private static boolean familyExists(Connection c, long familyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM family WHERE id = ?")) {
            s.setLong(1, familyId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private record Refused(String name, List<Long> members) {
    }

    private static List<Document> documents(Connection c) throws SQLException {
        List<Document> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, title, abstract FROM paper ORDER BY id")) {
            while (rs.next()) {
                out.add(new Document(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Every family with its members and the papers the reader rejected for it. */
    private static List<FamilyExamples> examples(Connection c) throws SQLException {
        Map<Long, String[]> meta = new HashMap<>();
        List<Long> order = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, kind FROM family ORDER BY id")) {
            while (rs.next()) {
                meta.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                order.add(rs.getLong(1));
            }
        }
        Map<Long, List<Long>> members = grouped(c, "SELECT family_id, paper_id FROM family_member ORDER BY family_id, paper_id");
        Map<Long, List<Long>> rejected = grouped(c, "SELECT family_id, paper_id FROM family_rejection ORDER BY family_id, paper_id");
        List<FamilyExamples> out = new ArrayList<>();
        for (long id : order) {
            String[] m = meta.get(id);
            out.add(new FamilyExamples(id, m[0], m[1], members.getOrDefault(id, List.of()), rejected.getOrDefault(id, List.of())));
        }
        return out;
    }

    private static List<Refused> refused(Connection c) throws SQLException {
        Map<Long, List<Long>> members = grouped(c, "SELECT rejection_id, paper_id FROM proposal_rejection_member");
        List<Refused> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM proposal_rejection")) {
            while (rs.next()) out.add(new Refused(rs.getString(2), members.getOrDefault(rs.getLong(1), List.of())));
        }
        return out;
    }

    private static Map<Long, List<Long>> grouped(Connection c, String sql) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
        return out;
    }
}

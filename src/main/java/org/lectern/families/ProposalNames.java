package org.lectern.families;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every proposal a name of its own: accepting two proposals of one name would silently make one
 * family of them, and a name the library already uses would pour the papers into that family. A topic
 * takes the first of its names that is free; when all are taken by a proposal of this round, the topic
 * is that proposal's (the same subject found twice) and joins it; when all are taken by the library's
 * families, the topic is numbered apart.
 */
final class ProposalNames {

    private final Set<String> library;
    private final List<Proposal> proposals;

    /**
     * @param library lower-case names of the families the library has
     * @param models  the model-name proposals, whose names are already their own
     */
    ProposalNames(Set<String> library, List<Proposal> models) {
        this.library = library;
        this.proposals = new ArrayList<>(models);
    }

    void add(ProposalNamer.Naming naming, List<Long> members) {
        List<String> names = new ArrayList<>();
        names.add(naming.name());
        names.addAll(naming.alternatives());
        for (String name : names) {
            if (!library.contains(key(name)) && find(name) < 0) {
                proposals.add(new Proposal(name, "topic", members, naming.reason()));
                return;
            }
        }
        int same = find(naming.name());
        if (same >= 0) {
            Proposal p = proposals.get(same);
            Set<Long> union = new LinkedHashSet<>(p.members());
            union.addAll(members);
            proposals.set(same, new Proposal(p.name(), p.kind(), new ArrayList<>(union), p.reason()));
            return;
        }
        for (int n = 2; ; n++) {
            String numbered = naming.name() + " " + n;
            if (!library.contains(key(numbered)) && find(numbered) < 0) {
                proposals.add(new Proposal(numbered, "topic", members, naming.reason()));
                return;
            }
        }
    }

    private int find(String name) {
        for (int i = 0; i < proposals.size(); i++) {
            if (key(proposals.get(i).name()).equals(key(name))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The proposals in the order they came, each name once. */
    List<Proposal> proposals() {
        return List.copyOf(proposals);
    }
}

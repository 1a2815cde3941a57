package org.lectern.families;

import java.util.List;

/**
 * A family Lectern suggests: a readable name, its members, and the words that justify it.
 *
 * @param kind "model" for a shared model name in titles, "topic" for a cluster of text
 */
public record Proposal(String name, String kind, List<Long> members, List<String> reason) {

    public Proposal {
        members = List.copyOf(members);
        reason = List.copyOf(reason);
    }

    /**
     * Whether this proposal is, for the reader, the same as one made earlier: the same name, or at least
     * half of the smaller one's papers in common (a topic drifts a little as papers arrive).
     */
    public boolean resembles(String otherName, java.util.Collection<Long> otherMembers) {
        if (name.equalsIgnoreCase(otherName)) {
            return true;
        }
        java.util.Set<Long> other = new java.util.HashSet<>(otherMembers);
        long common = members.stream().filter(other::contains).count();
        int smaller = Math.min(members.size(), other.size());
        return smaller > 0 && common * 2 >= smaller;
    }
}

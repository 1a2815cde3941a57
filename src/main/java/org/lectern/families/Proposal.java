package org.lectern.families;

import java.util.List;

/**
 * A family Lectern suggests: a readable name, its members, and the words that justify it.
 *
 * @param kind "model" for a shared model name in titles, "topic" for a cluster of text
 */
public record Proposal(String name, String kind, List<Long> members, List<String> reason) {
}

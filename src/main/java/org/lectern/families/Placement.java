package org.lectern.families;

/**
 * A family a new paper belongs to, as far as the classifier can tell.
 *
 * @param score the estimated probability (0..1) that the paper belongs; 1 for a model-name match
 */
public record Placement(long familyId, double score, Decision decision) {
}

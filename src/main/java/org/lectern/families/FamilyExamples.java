package org.lectern.families;

import java.util.List;

/**
 * A family the reader already has, as family detection needs it: its members and the papers the reader
 * said do not belong.
 *
 * @param kind     "model" for a model-name family (new titles carrying the name are placed), else "topic"
 * @param rejected papers the reader removed from or declined for this family
 */
public record FamilyExamples(long familyId, String name, String kind, List<Long> members, List<Long> rejected) {

    public FamilyExamples {
        members = List.copyOf(members);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
}

package org.lectern.edit;

import org.lectern.families.Proposal;
import org.lectern.store.Organizer;

/** Turns a proposal down; undo forgets the refusal, so it may be proposed again. */
public final class RejectFamily extends SimpleChange {
    public RejectFamily(Organizer organizer, Proposal proposal) {
        super("Reject family " + proposal.name(), () -> organizer.reject(proposal), () -> organizer.forgetRejection(proposal));
    }
}

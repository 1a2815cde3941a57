package org.lectern.edit;

import org.lectern.families.Proposal;
import org.lectern.store.Organizer;

/** Turns a proposal down; undo forgets the refusal, so it may be proposed again. */
public final class RejectFamily implements Change {
    private final Organizer organizer;
    private final Proposal proposal;

    public RejectFamily(Organizer organizer, Proposal proposal) {
        this.organizer = organizer;
        this.proposal = proposal;
    }

    @Override
    public String description() {
        return "Reject family " + proposal.name();
    }

    @Override
    public void apply() {
        organizer.reject(proposal);
    }

    @Override
    public void undo() {
        organizer.forgetRejection(proposal);
    }
}

package org.lectern.edit;

/** A change whose apply and whose undo are each one call to the store, fixed when the change is made. */
public abstract class SimpleChange extends StepChange<Void> {
    protected SimpleChange(String description, Runnable apply, Runnable undo) {
        super(description, () -> {
            apply.run();
            return null;
        }, nothing -> undo.run());
    }
}

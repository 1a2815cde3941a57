package org.lectern.edit;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A change made of one step and the step that takes it back: apply returns what undo needs (a saved
 * copy, whether anything was added), and undo is handed the latest such value, or null before any apply.
 */
public abstract class StepChange<T> implements Change {
    private final String description;
    private final Supplier<T> step;
    private final Consumer<T> back;
    private volatile T kept;

    protected StepChange(String description, Supplier<T> step, Consumer<T> back) {
        this.description = description;
        this.step = step;
        this.back = back;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final void apply() {
        kept = step.get();
    }

    @Override
    public final void undo() {
        back.accept(kept);
    }
}

package org.lectern.library;

import java.util.Locale;

/** What made a family: the reader, a shared model name in titles, a topic of the texts, a saved search. */
public enum FamilyKind {
    READER, MODEL, TOPIC, RULE;

    /** The word the library file stores. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind stored as {@code key}; an unknown word is an error naming it. */
    public static FamilyKind parse(String key) {
        for (FamilyKind k : values()) {
            if (k.key().equals(key)) return k;
        }
        throw new IllegalArgumentException("unknown family kind '" + key + "'");
    }

    /** The kind a proposal of {@code proposalKind} ("model", else a topic) becomes when accepted. */
    public static FamilyKind ofProposal(String proposalKind) {
        return MODEL.key().equals(proposalKind) ? MODEL : TOPIC;
    }

    /** Where a membership this kind's detection adds comes from: a model family only by the name in a title. */
    public String automaticSource() {
        return this == MODEL ? "model-name" : "topic";
    }
}

package org.lectern.library;

import java.util.List;

/** A colour a family can have, readable on light and dark backgrounds, with its name for menus. */
public record FamilySwatch(String name, String color) {
    /** Every colour, in the order new families are given them. */
    public static final List<FamilySwatch> ALL = List.of(
            new FamilySwatch("Blue", "#4e79a7"), new FamilySwatch("Orange", "#f28e2b"),
            new FamilySwatch("Red", "#e15759"), new FamilySwatch("Teal", "#76b7b2"),
            new FamilySwatch("Green", "#59a14f"), new FamilySwatch("Yellow", "#edc948"),
            new FamilySwatch("Purple", "#b07aa1"), new FamilySwatch("Pink", "#ff9da7"),
            new FamilySwatch("Brown", "#9c755f"), new FamilySwatch("Grey", "#bab0ac"));

    /** The colour the {@code n}-th family gets (they repeat after the last). */
    public static String forFamily(int n) {
        return ALL.get(Math.floorMod(n, ALL.size())).color();
    }
}

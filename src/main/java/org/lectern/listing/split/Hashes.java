package org.lectern.listing.split;

/** A tiny open-addressing set of int hashes for one run's words (0 stands for a free slot). */
final class Hashes {
    private Hashes() {
    }

    /** Adds a key; false when it was there already. The table must stay under half full. */
    static boolean add(int[] set, int key) {
        int k = key == 0 ? 1 : key;
        int i = find(set, k);
        boolean added = set[i] == 0;
        set[i] = k;
        return added;
    }

    static boolean contains(int[] set, int key) {
        int k = key == 0 ? 1 : key;
        return set[find(set, k)] == k;
    }

    private static int find(int[] set, int k) {
        int m = set.length - 1;
        int i = (k ^ (k >>> 16) ^ (k >>> 7)) & m;
        while (set[i] != 0 && set[i] != k) {
            i = (i + 1) & m;
        }
        return i;
    }
}

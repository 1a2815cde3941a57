package org.lectern.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The library the family models are trained on, read a page at a time so that placing papers never holds
 * every paper's text at once.
 */
public interface Corpus {

    /** Every paper's id, in the order the corpus reads them. */
    long[] ids();

    /** The papers with these ids that are still there, in the order of {@code ids}. */
    List<Document> read(long[] ids);

    /** The papers {@code ids}, each page read by {@code reader}. */
    static Corpus of(long[] ids, Function<long[], List<Document>> reader) {
        return new Corpus() {
            @Override
            public long[] ids() {
                return ids.clone();
            }

            @Override
            public List<Document> read(long[] page) {
                return reader.apply(page);
            }
        };
    }

    /** A corpus already in memory. */
    static Corpus of(List<Document> docs) {
        Map<Long, Document> byId = new HashMap<>(docs.size() * 2);
        long[] ids = new long[docs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docs.get(i).id();
            byId.put(ids[i], docs.get(i));
        }
        return of(ids, wanted -> {
            List<Document> out = new ArrayList<>(wanted.length);
            for (long id : wanted) {
                Document d = byId.get(id);
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        });
    }
}

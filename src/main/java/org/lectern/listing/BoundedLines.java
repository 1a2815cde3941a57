package org.lectern.listing;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text read from disk, as {@code BufferedReader.readLine} gives them (ending at a line
 * feed, a carriage return or both), but never longer than a bound: a file with a line of tens of
 * megabytes (a dump, a minified page) is refused at that line rather than read whole into memory.
 */
final class BoundedLines implements AutoCloseable {
    /** A line of a listing holds one paper at most: a title, its abstract, its authors. */
    static final int MAX_LINE_CHARS = 1 << 20;

    /** A line over the bound, by its number (from 1). */
    static final class TooLong extends IOException {
        TooLong(int line, int bound) {
            super("line " + line + " is longer than "
                    + (bound >= 1 << 20 ? bound / (1 << 20) + " MB" : bound + " characters") + ", which no paper of a listing is");
        }
    }

    private final Reader reader;
    private final int bound;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLineFeed;

    BoundedLines(Reader reader) {
        this(reader, MAX_LINE_CHARS);
    }

    BoundedLines(Reader reader, int bound) {
        this.reader = reader;
        this.bound = bound;
    }

    /** The next line without its ending, line {@code number} of the text; null at the end. */
    String next(int number) throws IOException {
        StringBuilder long_ = null;
        while (true) {
            if (pos >= len) {
                int n = reader.read(buf, 0, buf.length);
                pos = 0;
                len = Math.max(n, 0);
                if (n < 0) return long_ == null ? null : long_.toString();
                continue;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            int n = pos - start;
            if ((long_ == null ? 0 : long_.length()) + n > bound) throw new TooLong(number, bound);
            if (pos < len) {
                skipLineFeed = buf[pos++] == '\r';
                if (long_ == null) return new String(buf, start, n);
                return long_.append(buf, start, n).toString();
            }
            if (long_ == null) long_ = new StringBuilder(n + 256);
            long_.append(buf, start, n);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

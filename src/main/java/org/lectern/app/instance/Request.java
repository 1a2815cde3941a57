package org.lectern.app.instance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a launch hands to the window: run a command, or come to the front.
 *
 * @param library the library the launch resolved (absolute), checked against the window's own
 * @param workingDirectory the launch's folder, for relative file names
 * @param charset how the launch's terminal expects text
 */
record Request(Kind kind, Path library, Path workingDirectory, String charset, List<String> args) {
    /** Bumped when the frames change, so a window of another version refuses instead of misreading. */
    static final int VERSION = 1;

    enum Kind { RUN, FRONT }

    Request {
        args = List.copyOf(args);
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            string(out, kind.name());
            string(out, library.toString());
            string(out, workingDirectory.toString());
            string(out, charset);
            out.writeInt(args.size());
            for (String a : args) string(out, a);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    /** The request in {@code data}; an {@link IOException} says what is wrong with it. */
    static Request decode(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        int version = in.readInt();
        if (version != VERSION) throw new IOException("protocol version " + version + ", this Lectern speaks " + VERSION);
        Kind kind;
        try {
            kind = Kind.valueOf(string(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("an unknown request", e);
        }
        Path library = Path.of(string(in));
        Path cwd = Path.of(string(in));
        String charset = string(in);
        int n = in.readInt();
        if (n < 0 || n > 100_000) throw new IOException("a malformed request: " + n + " arguments");
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) args.add(string(in));
        return new Request(kind, library, cwd, charset, args);
    }

    // writeUTF stops at 64 KB and is not quite UTF-8: a length and plain UTF-8 instead
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("a malformed request: a string of " + n + " bytes");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}

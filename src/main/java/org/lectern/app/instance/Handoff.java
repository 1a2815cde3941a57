package org.lectern.app.instance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/** A launch's end of the handoff: sends its request to the open window and plays back what comes back. */
final class Handoff implements AutoCloseable {
    private final SocketChannel channel;

    private Handoff(SocketChannel channel) {
        this.channel = channel;
    }

    /** The open window listening on {@code socket}, or empty when none does (no socket, or a stale one). */
    static Optional<Handoff> connect(Path socket) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return Optional.of(new Handoff(channel));
        } catch (IOException | UnsupportedOperationException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // it never connected
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Runs {@code request} in the window: its output goes to {@code out} and {@code err} byte for byte,
     * {@code in} is read only when the command reads. The exit code, or empty when the window closed
     * before it took the request (nothing ran, so the caller may run it itself).
     */
    OptionalInt run(Request request, InputStream in, OutputStream out, OutputStream err) throws IOException {
        try {
            DataInputStream from = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            boolean accepted = false;
            try {
                Frames.write(to, Frames.REQUEST, request.encode());
                while (true) {
                    Frames.Frame frame = Frames.read(from);
                    switch (frame.type()) {
                        case Frames.ACCEPTED -> accepted = true;
                        case Frames.OUT -> {
                            out.write(frame.data());
                            out.flush();
                        }
                        case Frames.ERR -> {
                            err.write(frame.data());
                            err.flush();
                        }
                        case Frames.WANT_STDIN -> {
                            out.flush();
                            err.flush();
                            Frames.write(to, Frames.STDIN, readSome(in, frame.number()));
                        }
                        case Frames.EXIT -> {
                            out.flush();
                            err.flush();
                            return OptionalInt.of(frame.number());
                        }
                        default -> throw new IOException("an unknown frame " + (char) frame.type());
                    }
                }
            } catch (IOException e) {
                if (!accepted) return OptionalInt.empty();
                out.flush();
                err.write(("lectern: the window's process ended before the command finished (" + e.getMessage()
                        + "); what it did is either saved whole or not at all: run it again to see\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
                return OptionalInt.of(2);
            }
        } finally {
            close();
        }
    }

    /** Up to {@code max} bytes, blocking for at least one; none at end of input (or when it cannot be read). */
    private static byte[] readSome(InputStream in, int max) {
        byte[] buffer = new byte[Math.max(1, Math.min(max, 1 << 16))];
        try {
            int n = in.read(buffer);
            if (n <= 0) return new byte[0];
            return n == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

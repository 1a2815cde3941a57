package org.lectern.app.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The standard streams of a command handed over by another launch, carried as frames on its socket.
 * Input is asked for only when the command reads, so a command that never reads its input never
 * waits on the launch's terminal.
 */
final class RemoteConsole {
    private final DataInputStream in;
    private final DataOutputStream out;
    private final OutputStream stdout = new Stream(Frames.OUT);
    private final OutputStream stderr = new Stream(Frames.ERR);
    private final InputStream stdin = new Input();

    RemoteConsole(DataInputStream in, DataOutputStream out) {
        this.in = in;
        this.out = out;
    }

    OutputStream stdout() {
        return stdout;
    }

    OutputStream stderr() {
        return stderr;
    }

    InputStream stdin() {
        return stdin;
    }

    void exit(int code) throws IOException {
        synchronized (out) {
            Frames.writeNumber(out, Frames.EXIT, code);
        }
    }

    private final class Stream extends OutputStream {
        private final byte type;

        Stream(byte type) {
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) return;
            synchronized (out) {
                Frames.write(out, type, b, off, len);
            }
        }
    }

    private final class Input extends InputStream {
        private byte[] chunk = new byte[0];
        private int next;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (next == chunk.length) {
                if (ended) return -1;
                Frames.Frame frame;
                synchronized (out) {
                    Frames.writeNumber(out, Frames.WANT_STDIN, Math.min(len, 1 << 16));
                }
                frame = Frames.read(in);
                if (frame.type() != Frames.STDIN) throw new IOException("expected standard input, got frame " + (char) frame.type());
                if (frame.data().length == 0) {
                    ended = true;
                    return -1;
                }
                chunk = frame.data();
                next = 0;
            }
            int n = Math.min(len, chunk.length - next);
            System.arraycopy(chunk, next, b, off, n);
            next += n;
            return n;
        }

        @Override
        public int available() {
            return chunk.length - next;
        }
    }
}

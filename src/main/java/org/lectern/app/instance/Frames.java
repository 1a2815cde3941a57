package org.lectern.app.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The handoff protocol's frames: a type byte, a length and that many bytes. Either side reads and
 * writes from one thread at a time, so no frame is ever interleaved with another.
 */
final class Frames {
    /** Client to window: the {@link Request}. */
    static final byte REQUEST = 'R';
    /** Client to window: bytes of standard input, sent only when asked; empty at end of input. */
    static final byte STDIN = 'I';
    /** Window to client: the request was taken; from here on the command runs. */
    static final byte ACCEPTED = 'A';
    /** Window to client: bytes for standard output. */
    static final byte OUT = 'O';
    /** Window to client: bytes for standard error. */
    static final byte ERR = 'E';
    /** Window to client: the command wants up to this many bytes of standard input (a 4-byte count). */
    static final byte WANT_STDIN = 'N';
    /** Window to client: the command ended with this exit code (4 bytes). */
    static final byte EXIT = 'X';

    /** Far above any request or chunk either side sends; a longer frame is not from Lectern. */
    static final int MAX_LENGTH = 1 << 24;

    record Frame(byte type, byte[] data) {
        int number() throws IOException {
            if (data.length != 4) throw new IOException("a malformed frame: " + (char) type + " of " + data.length + " bytes");
            return ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        }
    }

    private Frames() {
    }

    static void write(DataOutputStream out, byte type, byte[] data, int offset, int length) throws IOException {
        out.writeByte(type);
        out.writeInt(length);
        out.write(data, offset, length);
        out.flush();
    }

    static void write(DataOutputStream out, byte type, byte[] data) throws IOException {
        write(out, type, data, 0, data.length);
    }

    static void writeNumber(DataOutputStream out, byte type, int n) throws IOException {
        write(out, type, new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    /** The next frame; {@link java.io.EOFException} when the other side closed between frames. */
    static Frame read(DataInputStream in) throws IOException {
        byte type = in.readByte();
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) throw new IOException("a malformed frame: " + (char) type + " of " + length + " bytes");
        byte[] data = new byte[length];
        in.readFully(data);
        return new Frame(type, data);
    }
}

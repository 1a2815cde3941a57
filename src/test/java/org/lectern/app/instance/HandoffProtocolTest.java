package org.lectern.app.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handoff's frames over a real Unix domain socket: output, errors, exit codes and input on demand. */
class HandoffProtocolTest {
    @TempDir
    Path dir;

    private Request request(String... args) {
        return new Request(Request.Kind.RUN, dir.resolve("library.db"), dir, "UTF-8", List.of(args));
    }

    private record Played(OptionalInt code, byte[] out, byte[] err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    private Played play(InstanceServer.Handler handler, Request request, InputStream stdin) throws IOException {
        Path socket = dir.resolve("s.sock");
        try (InstanceServer server = InstanceServer.bind(socket)) {
            server.serve(handler);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            OptionalInt code = Handoff.connect(socket).orElseThrow().run(request, stdin, out, err);
            return new Played(code, out.toByteArray(), err.toByteArray());
        }
    }

    @Test
    void outputErrorsAndTheExitCodeComeBackAsTheCommandWroteThem() throws IOException {
        byte[] binary = new byte[300_000];
        new Random(3).nextBytes(binary);
        Played p = play((r, console) -> {
            console.stdout().write(String.join("|", r.args()).getBytes(StandardCharsets.UTF_8));
            console.stderr().write("wrong: ü\n".getBytes(StandardCharsets.UTF_8));
            console.stdout().write(binary);
            return 3;
        }, request("status", "Ein Papier · über", "read"), InputStream.nullInputStream());
        assertEquals(OptionalInt.of(3), p.code());
        assertEquals("wrong: ü\n", p.errText());
        byte[] args = "status|Ein Papier · über|read".getBytes(StandardCharsets.UTF_8);
        assertEquals(args.length + binary.length, p.out().length);
        assertEquals("status|Ein Papier · über|read", new String(p.out(), 0, args.length, StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(binary, java.util.Arrays.copyOfRange(p.out(), args.length, p.out().length)));
    }

    @Test
    void aCommandThatNeverReadsItsInputNeverTouchesTheLaunchesInput() throws IOException {
        InputStream terminal = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("standard input was read though the command never asked for it");
            }
        };
        Played p = play((r, console) -> 0, request("list"), terminal);
        assertEquals(OptionalInt.of(0), p.code());
    }

    @Test
    void inputIsStreamedInChunksUntilItsEnd() throws IOException {
        byte[] input = new byte[1_000_000];
        new Random(5).nextBytes(input);
        Played p = play((r, console) -> {
            byte[] all = console.stdin().readAllBytes();
            console.stdout().write(all);
            // reading past the end keeps saying so, without asking again
            return console.stdin().read() == -1 ? 0 : 1;
        }, request("import", "-"), new ByteArrayInputStream(input));
        assertEquals(OptionalInt.of(0), p.code());
        assertTrue(java.util.Arrays.equals(input, p.out()));
    }

    @Test
    void aWindowThatClosesBeforeTakingTheRequestLetsTheLaunchRunItItself() throws IOException {
        Path socket = dir.resolve("closing.sock");
        InstanceServer server = InstanceServer.bind(socket);
        Handoff connected = Handoff.connect(socket).orElseThrow(); // waiting in the backlog, never served
        server.close();
        assertFalse(Files.exists(socket), "the socket is removed when the window stops listening");
        OptionalInt code = connected.run(request("list"), InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertTrue(code.isEmpty(), "nothing ran, so the launch may run the command itself");
    }

    @Test
    void aStaleSocketFromACrashedWindowAnswersNobody() throws IOException {
        Path socket = dir.resolve("stale.sock");
        ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        crashed.bind(UnixDomainSocketAddress.of(socket));
        crashed.close(); // the file stays, as after a crash
        assertTrue(Files.exists(socket));
        assertTrue(Handoff.connect(socket).isEmpty());
        assertTrue(Handoff.connect(dir.resolve("missing.sock")).isEmpty());
    }

    @Test
    void aFailingCommandIsReportedAndEndsWithCode2() throws IOException {
        Played p = play((r, console) -> {
            throw new IllegalStateException("broken");
        }, request("list"), InputStream.nullInputStream());
        assertEquals(OptionalInt.of(2), p.code());
        assertTrue(p.errText().contains("broken"), p.errText());
    }

    @Test
    void requestsRoundTripAndAnotherVersionIsRefused() throws IOException {
        Request r = new Request(Request.Kind.FRONT, dir.resolve("a b.db"), dir, "ISO-8859-1", List.of("", "x".repeat(70_000)));
        assertEquals(r, Request.decode(r.encode()));
        byte[] other = r.encode();
        other[3] = 9;
        IOException e = assertThrows(IOException.class, () -> Request.decode(other));
        assertTrue(e.getMessage().contains("version"), e.getMessage());

        // a window of another version takes the request and says why it cannot run it
        Path socket = dir.resolve("v.sock");
        try (InstanceServer server = InstanceServer.bind(socket);
             SocketChannel raw = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            server.serve((req, console) -> 0);
            DataOutputStream to = new DataOutputStream(Channels.newOutputStream(raw));
            DataInputStream from = new DataInputStream(Channels.newInputStream(raw));
            Frames.write(to, Frames.REQUEST, other);
            assertEquals(Frames.ACCEPTED, Frames.read(from).type());
            Frames.Frame said = Frames.read(from);
            assertEquals(Frames.ERR, said.type());
            assertTrue(new String(said.data(), StandardCharsets.UTF_8).contains("another version"));
            Frames.Frame exit = Frames.read(from);
            assertEquals(Frames.EXIT, exit.type());
            assertEquals(2, exit.number());
        }
    }
}

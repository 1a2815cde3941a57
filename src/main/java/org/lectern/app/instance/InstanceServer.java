package org.lectern.app.instance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The window's end of the handoff: listens on a Unix domain socket and runs each request it takes on
 * a thread of its own (never the JavaFX thread), streaming the command's output back.
 */
final class InstanceServer implements AutoCloseable {
    /** Runs one request; returns its exit code. */
    interface Handler {
        int run(Request request, RemoteConsole console) throws Exception;
    }

    private final Path socket;
    private final ServerSocketChannel channel;
    private final Set<Thread> running = new HashSet<>();
    private Thread acceptor;
    /** Set under {@code running}'s lock, so no request starts after close has counted the running ones. */
    private boolean closed;

    private InstanceServer(Path socket, ServerSocketChannel channel) {
        this.socket = socket;
        this.channel = channel;
    }

    /** Listens on {@code socket}, which must not exist; launches connecting before {@link #serve} wait in the backlog. */
    static InstanceServer bind(Path socket) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(socket), 64);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new InstanceServer(socket, channel);
    }

    /** Starts taking requests. */
    synchronized void serve(Handler handler) {
        if (acceptor != null) return;
        acceptor = new Thread(() -> accept(handler), "lectern-instance-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(Handler handler) {
        while (channel.isOpen()) {
            SocketChannel client;
            try {
                client = channel.accept();
            } catch (IOException closed) {
                return;
            }
            Thread worker = new Thread(() -> {
                try {
                    answer(client, handler);
                } finally {
                    synchronized (running) {
                        running.remove(Thread.currentThread());
                        running.notifyAll();
                    }
                }
            }, "lectern-handed-command");
            synchronized (running) {
                if (closed) {
                    // not taken: the launch sees the socket close before "accepted" and runs it itself
                    try {
                        client.close();
                    } catch (IOException ignored) {
                        // closing what was never used
                    }
                    return;
                }
                running.add(worker);
                worker.start();
            }
        }
    }

    private static void answer(SocketChannel client, Handler handler) {
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            Frames.Frame first = Frames.read(in);
            if (first.type() != Frames.REQUEST) return;
            // taken from here on: the launch must not run the command itself if this one fails
            Frames.write(out, Frames.ACCEPTED, new byte[0]);
            RemoteConsole console = new RemoteConsole(in, out);
            int code;
            try {
                code = handler.run(Request.decode(first.data()), console);
            } catch (IOException e) {
                tell(console, "lectern: the open window cannot take this request (" + e.getMessage() + "); is it another version of Lectern?");
                code = 2;
            } catch (Exception | LinkageError e) {
                tell(console, "lectern: the command failed in the open window: " + e);
                code = 2;
            }
            console.exit(code);
        } catch (IOException gone) {
            // the launch went away; what the command did is committed or rolled back as usual
        }
    }

    private static void tell(RemoteConsole console, String message) {
        PrintStream err = new PrintStream(console.stderr(), true, StandardCharsets.UTF_8);
        err.println(message);
    }

    /** Stops taking requests, waits for the ones running to end, then removes the socket. */
    @Override
    public void close() throws IOException {
        synchronized (running) {
            closed = true;
        }
        channel.close();
        synchronized (running) {
            boolean interrupted = false;
            while (!running.isEmpty()) {
                try {
                    running.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(socket);
    }
}

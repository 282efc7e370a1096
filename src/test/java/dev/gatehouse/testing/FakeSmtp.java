package dev.gatehouse.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Misbehaving SMTP servers: one that accepts connections and never answers, one that refuses every recipient. */
public final class FakeSmtp implements AutoCloseable {
    public enum Mode { SILENT, REFUSE_RECIPIENT }

    private final ServerSocket socket;
    private final Mode mode;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public FakeSmtp(Mode mode) {
        this.mode = mode;
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.acceptor = new Thread(this::acceptLoop, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s), "fake-smtp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            if (mode == Mode.SILENT) {
                s.getInputStream().read(); // never answers; the client's timeout must end this
                return;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            write(out, "220 fake ESMTP");
            for (String line; (line = in.readLine()) != null; ) {
                String cmd = line.toUpperCase(Locale.ROOT);
                if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) write(out, "250 fake");
                else if (cmd.startsWith("MAIL")) write(out, "250 OK");
                else if (cmd.startsWith("RCPT")) write(out, "550 5.1.1 No such user");
                else if (cmd.startsWith("QUIT")) {
                    write(out, "221 Bye");
                    return;
                } else if (cmd.startsWith("RSET") || cmd.startsWith("NOOP")) write(out, "250 OK");
                else write(out, "503 Bad sequence");
            }
        } catch (IOException ignored) {
            // client went away
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}

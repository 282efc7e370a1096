package dev.gatehouse.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The container image's health check (its config's Healthcheck, Docker's HEALTHCHECK): GET
 * /health/ready (or /health/live with the argument {@code live}) on the management port of the
 * server in the same container; exit 0 on 200, else 1 with one line on stderr, which Docker keeps
 * in the health log. The image has no curl and no shell with /dev/tcp, and a JVM is what it has:
 * this class uses java.base only, so it starts in a fraction of a second without loading the
 * server's classes. The port and address come from the same GATEHOUSE_* variables the server
 * reads (GATEHOUSE_MANAGEMENT_PORT, GATEHOUSE_MANAGEMENT_HOST, else GATEHOUSE_HTTP_HOST); a wildcard
 * bind address is asked on loopback. Kubernetes needs none of this: its httpGet probes call the
 * port themselves (docs/operations.md).
 */
public final class HealthCheck {
    private static final int TIMEOUT_MILLIS = 3000;

    private HealthCheck() {}

    public static void main(String[] args) {
        String path = args.length > 0 && args[0].equals("live") ? "/health/live" : "/health/ready";
        try {
            int status = status(target(System.getenv()), path);
            if (status == 200) return;
            System.err.println("gatehouse health check: " + path + " answered " + status);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("gatehouse health check: " + path + ": " + e.getMessage());
        }
        System.exit(1);
    }

    /** Host and port of the management port, from the server's own variables. */
    static InetSocketAddress target(Map<String, String> env) {
        String port = env.getOrDefault("GATEHOUSE_MANAGEMENT_PORT", "9000").strip();
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) == 0 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("GATEHOUSE_MANAGEMENT_PORT=" + port + " is not a port the check can call");
        }
        String host = env.getOrDefault("GATEHOUSE_MANAGEMENT_HOST", env.getOrDefault("GATEHOUSE_HTTP_HOST", "")).strip();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) host = "127.0.0.1";
        return InetSocketAddress.createUnresolved(host, Integer.parseInt(port));
    }

    /** The status code of a plain HTTP/1.1 GET; the body is not read. */
    static int status(InetSocketAddress target, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.getHostString(), target.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            String host = target.getHostString().contains(":") ? "[" + target.getHostString() + "]" : target.getHostString();
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + target.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) line.append((char) c);
            // "HTTP/1.1 200 OK" (RFC 9112 §4: status-line = HTTP-version SP status-code SP [reason-phrase])
            String[] parts = line.toString().strip().split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[0-9]{3}")) {
                throw new IOException("not an HTTP answer: " + line.toString().strip());
            }
            return Integer.parseInt(parts[1]);
        }
    }
}

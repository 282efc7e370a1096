package dev.gatehouse.load;

import ch.qos.logback.classic.Level;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A Jetty 12 server that answers every request with 200 {@code {"status":"UP"}} and does nothing
 * else: the ceiling of the load generator, and the HTTP floor of the stack the server is built
 * on, on a given machine. {@code bench/loadgen.sh floor-server [port]}; default port 8081.
 */
public final class FloorServer {

    private static final byte[] BODY = "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII);

    private FloorServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8081;
        // without a logback.xml on the test classpath logback logs everything, Jetty's per-request DEBUG included
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Server server = new Server(new QueuedThreadPool(64, 8));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, BODY.length);
                response.write(true, ByteBuffer.wrap(BODY), callback);
                return true;
            }
        });
        server.start();
        System.out.println("floor server on http://127.0.0.1:" + connector.getLocalPort() + " pid "
                + ProcessHandle.current().pid());
        server.join();
    }
}

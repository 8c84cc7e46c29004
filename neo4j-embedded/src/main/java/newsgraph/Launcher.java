package newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j Community server for one developer machine: Bolt on 127.0.0.1, no auth, data in one folder.
 *
 * <pre>
 * java [flags] -cp ... newsgraph.Launcher --data-dir .data/neo4j --port 7687 --page-cache 256m
 *     [--tx-timeout-ms 30000] [--exit-on-stdin-eof]
 * </pre>
 *
 * Prints one line "newsgraph-neo4j ready bolt://127.0.0.1:PORT pid=PID" on stdout once Bolt is up, and
 * writes PID and PORT to DATA_DIR/newsgraph-neo4j.pid until it stops, so that later commands can find
 * and reuse it. Neo4j's own log is DATA_DIR/logs/debug.log.
 */
public final class Launcher {
    static final String PID_FILE = "newsgraph-neo4j.pid";

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(args.getOrDefault("--data-dir", ".data/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(args.getOrDefault("--port", "7687"));
        long pid = ProcessHandle.current().pid();
        Path pidFile = home.resolve(PID_FILE);

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(home);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Bolt waits 5 s twice for idle pools on shutdown by default; a local server need not.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.pagecache_memory,
                            ByteUnit.parse(args.getOrDefault("--page-cache", "256m")));
            if (args.containsKey("--tx-timeout-ms")) {
                // A default for transactions that set none, so a runaway query cannot pin a laptop.
                builder.setConfig(GraphDatabaseSettings.transaction_timeout,
                        Duration.ofMillis(Long.parseLong(args.get("--tx-timeout-ms"))));
            }
            dbms = builder.build();
        } catch (Throwable e) {
            // The Node side shows this file; the root cause (port in use, store locked) is at the end.
            System.err.println("newsgraph-neo4j failed to start: " + rootCause(e));
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        // Runs on SIGTERM, SIGINT and System.exit: a clean shutdown keeps the store consistent.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("newsgraph-neo4j stopping");
            try {
                dbms.shutdown();
            } finally {
                try {
                    Files.deleteIfExists(pidFile);
                } catch (IOException ignored) {
                    // Best effort: a leftover pid file is detected as stale by the Node side.
                }
                System.out.println("newsgraph-neo4j stopped");
                stopped.countDown();
            }
        }, "newsgraph-shutdown"));

        Files.writeString(pidFile, pid + " " + port + "\n");
        System.out.println("newsgraph-neo4j ready bolt://127.0.0.1:" + port + " pid=" + pid);
        System.out.flush();

        if (args.containsKey("--exit-on-stdin-eof")) {
            // Attached mode: the parent holds our stdin open; if it dies (even by SIGKILL) we see EOF
            // and stop, so no Java process outlives `npm start`.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // Ignore anything the parent writes.
                    }
                } catch (IOException ignored) {
                    // Treat a broken pipe like EOF.
                }
                System.exit(0);
            }, "newsgraph-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String key = argv[i];
            if (!key.startsWith("--")) throw new IllegalArgumentException("unexpected argument " + key);
            boolean flag = i + 1 >= argv.length || argv[i + 1].startsWith("--");
            out.put(key, flag ? "true" : argv[++i]);
        }
        return out;
    }

    private static String rootCause(Throwable e) {
        StringBuilder msg = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            msg.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return msg.toString();
    }
}

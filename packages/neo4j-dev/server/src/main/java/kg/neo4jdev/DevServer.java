package kg.neo4jdev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5 Community DBMS with its Bolt connector, for development and tests.
 *
 * <pre>
 * java [JVM options] -jar kg-neo4j-dev.jar --data DIR [--port N] [--host H] [--pagecache SIZE]
 *      [--stop-on-stdin-eof true] [--conf key=value]...
 * </pre>
 *
 * Auth is off unless the environment variable KG_NEO4J_PASSWORD is set (at least 8 characters):
 * then the user `neo4j` gets that password. Port 0 picks a free port. Prints one line
 * {@code kg-neo4j-dev: ready bolt://HOST:PORT ...} on stdout when Bolt accepts connections, and
 * {@code kg-neo4j-dev: stopped} after a clean shutdown on SIGTERM or SIGINT, or, with
 * {@code --stop-on-stdin-eof true}, when the parent process closes our stdin (or dies).
 */
public final class DevServer {
  private static final String NAME = "kg-neo4j-dev";

  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    Map<String, String> raw = new HashMap<>();
    try {
      parse(args, options, raw);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage() + "; usage: --data DIR [--port N] [--host H] [--pagecache SIZE]"
          + " [--stop-on-stdin-eof true] [--conf key=value]");
    }
    String password = System.getenv("KG_NEO4J_PASSWORD");
    if (password != null && password.isEmpty()) password = null;
    if (password != null && password.length() < 8)
      fail("KG_NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
    String host = options.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    Path home = Path.of(options.get("data")).toAbsolutePath();

    DatabaseManagementService dbms;
    try {
      raw.putIfAbsent("dbms.usage_report.enabled", "false"); // no phoning home
      if (options.containsKey("pagecache"))
        raw.put("server.memory.pagecache.size", options.get("pagecache"));
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
      builder.loadPropertiesFromFile(writeSettings(home, raw));
      builder.setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
          // a dev server stops in about a second, not after netty's 15 s graceful wait
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
              Duration.ofSeconds(3));
      dbms = builder.build();
    } catch (RuntimeException e) {
      fail("cannot start Neo4j with data directory " + home + " on " + host + ":" + port + ": "
          + rootMessage(e) + " (is the port in use, or the directory held by another server?)");
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println(NAME + ": stopped");
      System.out.flush();
      stopped.countDown();
    }, NAME + "-shutdown"));

    try {
      announce(dbms, password, home);
    } catch (RuntimeException e) {
      fail("Neo4j started but could not be prepared: " + rootMessage(e)); // the hook shuts down
    }
    if ("true".equals(options.get("stop-on-stdin-eof"))) stopWhenStdinCloses();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sets the password (when asked) and prints the ready line with the real Bolt address. */
  private static void announce(DatabaseManagementService dbms, String password, Path home) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    if (password != null) {
      try {
        system.executeTransactionally(
            "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));
      } catch (QueryExecutionException e) {
        // a restart with the password already set: Neo4j refuses to "change" it to itself
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      }
    }
    String version = system.executeTransactionally(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
        Map.of(), result -> result.hasNext() ? String.valueOf(result.next().get("v")) : "?");
    ConnectorPortRegister ports = ((GraphDatabaseAPI) system).getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class);
    var bolt = ports.getLocalAddress(ConnectorType.BOLT);
    System.out.println(NAME + ": ready bolt://" + bolt.getHost() + ":" + bolt.getPort()
        + " (Neo4j " + version + ", data " + home + ", auth " + (password != null ? "on" : "off")
        + ", pid " + ProcessHandle.current().pid() + ")");
    System.out.flush();
  }

  /** The parent process holds our stdin: when it dies, the pipe closes and we shut down. */
  private static void stopWhenStdinCloses() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // ignore input
        }
      } catch (IOException e) {
        // closed either way
      }
      System.exit(0);
    }, NAME + "-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void parse(String[] args, Map<String, String> options, Map<String, String> raw) {
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) throw new IllegalArgumentException(flag + " needs a value");
      String value = args[++i];
      switch (flag) {
        case "--data", "--port", "--host", "--pagecache", "--stop-on-stdin-eof" ->
            options.put(flag.substring(2), value);
        case "--conf" -> {
          int eq = value.indexOf('=');
          if (eq <= 0) throw new IllegalArgumentException("--conf needs key=value, got " + value);
          raw.put(value.substring(0, eq), value.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (!options.containsKey("data")) throw new IllegalArgumentException("--data is required");
    try {
      int port = Integer.parseInt(options.getOrDefault("port", "7687"));
      if (port < 0 || port > 65535) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be 0..65535");
    }
  }

  /** Neo4j reads free-form settings from a file only: write them as one, inside the data dir. */
  private static Path writeSettings(Path home, Map<String, String> raw) {
    StringBuilder text = new StringBuilder("# written by " + NAME + " at each start\n");
    raw.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    try {
      Files.createDirectories(home);
      Path file = home.resolve(NAME + ".conf");
      Files.writeString(file, text.toString());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      out.append(": ").append(t.getMessage());
    }
    return out.toString();
  }

  private static void fail(String message) {
    System.err.println(NAME + ": error: " + message);
    System.exit(2);
  }
}

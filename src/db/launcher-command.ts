// The `java` command line that runs newsgraph.Launcher.

export interface LauncherOptions {
  dataDir: string;
  port: number;
  /** JVM heap, e.g. "512m". */
  heap: string;
  /** Neo4j page cache, e.g. "256m". */
  pageCache: string;
  /** Server-side default timeout for transactions that set none. */
  txTimeoutMs?: number;
  /** Attached mode: the launcher stops when its stdin closes, i.e. when the Node parent dies. */
  exitOnStdinEof: boolean;
}

// The module opens Neo4j 5.26's own `neo4j.conf` passes to its JVM (server.jvm.additional): without
// them Neo4j falls back to slower I/O paths or warns on Java 17+. Not -XX:+TrustFinalNonStaticFields,
// which the embedded docs say to leave off.
export const jvmFlags = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  // Die loudly rather than limp along when the small laptop-sized heap is exhausted.
  '-XX:+ExitOnOutOfMemoryError',
];

export function launcherArgs(opts: LauncherOptions, classpath: string): string[] {
  return [
    ...jvmFlags,
    // Initial = maximum heap, as Neo4j recommends (it warns otherwise); pages are only touched as used.
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    // A JVM crash report belongs next to the other logs, not in whatever folder npm ran from.
    `-XX:ErrorFile=${opts.dataDir}/logs/hs_err_pid%p.log`,
    '-cp',
    classpath,
    'newsgraph.Launcher',
    '--data-dir',
    opts.dataDir,
    '--port',
    String(opts.port),
    '--page-cache',
    opts.pageCache,
    ...(opts.txTimeoutMs !== undefined ? ['--tx-timeout-ms', String(opts.txTimeoutMs)] : []),
    ...(opts.exitOnStdinEof ? ['--exit-on-stdin-eof'] : []),
  ];
}

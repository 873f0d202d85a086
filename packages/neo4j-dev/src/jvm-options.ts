/**
 * JVM options for Neo4j 5.26 on Java 17/21, after the `server.jvm.additional` list of Neo4j's own
 * neo4j.conf: the module opens its off-heap and Netty code needs, G1, and no JMX.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.net.www.protocol.http=ALL-UNNAMED',
];

/**
 * Memory for a 2-core, 24 GB machine that also runs the product (Node, the embedded store,
 * Chromium): a 4 GB heap holds the largest ingest transaction (1,000-row UNWIND batches of a
 * 50-document batch), and a 4 GB page cache holds the whole store of the 1M-relationship bench
 * (about 1.5 GB on disk), so reads never touch the disk. Tests use less.
 */
export const DEFAULT_MEMORY = { heap: '4g', pagecache: '4g' } as const;
export const TEST_MEMORY = { heap: '1g', pagecache: '512m' } as const;

const SIZE = /^\d+[kmg]$/i;

/** `-Xms256m -Xmx<heap>` for a heap size such as `4g` (the heap grows only when needed). */
export function heapFlags(heap: string): string[] {
  if (!SIZE.test(heap)) throw new Error(`heap size ${JSON.stringify(heap)}: use e.g. 512m or 4g`);
  return ['-Xms256m', `-Xmx${heap}`];
}

export function isMemorySize(value: string): boolean {
  return SIZE.test(value);
}

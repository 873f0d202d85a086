export { Neo4jDevError } from './errors';
export { checkToolchain, parseJavaMajor } from './toolchain';
export type { Toolchain, ToolchainCheck } from './toolchain';
export { buildLauncher, launcherIsFresh, LAUNCHER_JAR, SERVER_PROJECT_DIR } from './build-launcher';
export { DEFAULT_MEMORY, TEST_MEMORY, NEO4J_JVM_FLAGS } from './jvm-options';
export { startNeo4jDevServer } from './start-server';
export type { Neo4jDevServer, StartOptions } from './start-server';

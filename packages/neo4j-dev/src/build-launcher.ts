import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jDevError } from './errors';
import type { Toolchain } from './toolchain';

/** The Maven project of the dev server (pom.xml + one Java class). */
export const SERVER_PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'server');
/** The launcher jar; its dependencies are in `lib/` beside it (manifest class path). */
export const LAUNCHER_JAR = join(SERVER_PROJECT_DIR, 'target', 'kg-neo4j-dev.jar');
const STAMP_FILE = join(SERVER_PROJECT_DIR, 'target', 'kg-build.stamp');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Hash of everything the build reads: a changed pom or class means a rebuild. */
export function launcherSourceHash(projectDir = SERVER_PROJECT_DIR): string {
  const hash = createHash('sha256');
  for (const file of [join(projectDir, 'pom.xml'), ...filesUnder(join(projectDir, 'src'))]) {
    hash.update(file.slice(projectDir.length)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** True when the jar, its lib/ and a stamp of the current sources are all there. */
export function launcherIsFresh(): boolean {
  return (
    existsSync(LAUNCHER_JAR) &&
    existsSync(join(SERVER_PROJECT_DIR, 'target', 'lib')) &&
    existsSync(STAMP_FILE) &&
    readFileSync(STAMP_FILE, 'utf8').trim() === launcherSourceHash()
  );
}

export interface BuildOptions {
  toolchain: Toolchain;
  /** Rebuild even when the stamp matches. */
  force?: boolean;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/**
 * Builds the launcher with Maven when its sources changed (the first build downloads Neo4j's
 * artifacts from Maven Central into ~/.m2, about 125 MB). Returns the jar's path.
 */
export async function buildLauncher(options: BuildOptions): Promise<string> {
  if (!options.force && launcherIsFresh()) return LAUNCHER_JAR;
  const hash = launcherSourceHash();
  options.log?.(`building the Neo4j dev server (mvn package in ${SERVER_PROJECT_DIR})`);
  const env = { ...process.env };
  if (options.toolchain.java !== 'java') env.JAVA_HOME = dirname(dirname(options.toolchain.java));
  const output: string[] = [];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(options.toolchain.mvn, ['-B', '-q', 'package'], {
      cwd: SERVER_PROJECT_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
    child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
    child.on('error', fail);
    child.on('close', (c) => done(c ?? 1));
  }).catch((error: unknown) => {
    throw new Neo4jDevError(`cannot run ${options.toolchain.mvn}: ${String(error)}`, {
      cause: error,
    });
  });
  if (code !== 0) {
    const tail = output.join('').split('\n').slice(-25).join('\n');
    throw new Neo4jDevError(
      `mvn package failed (exit ${code}) in ${SERVER_PROJECT_DIR}; is Maven Central reachable ` +
        `(or ~/.m2 filled by an earlier build)? Maven said:\n${tail}`,
    );
  }
  writeFileSync(STAMP_FILE, `${hash}\n`);
  options.log?.('built the Neo4j dev server');
  return LAUNCHER_JAR;
}

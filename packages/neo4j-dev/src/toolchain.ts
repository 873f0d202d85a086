import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The Java and Maven this machine would use to build and run the dev server. */
export interface Toolchain {
  java: string;
  /** Major version of that Java (17, 21, ...). */
  javaMajor: number;
  mvn: string;
}

export type ToolchainCheck = { ok: true; toolchain: Toolchain } | { ok: false; reason: string };

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from the PATH. */
function javaCommand(env: NodeJS.ProcessEnv): string {
  const home = env.JAVA_HOME;
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  return 'java';
}

/** Reads `java -version` ("openjdk version "17.0.15"" / "1.8.0_392"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/**
 * Finds Java (17 or newer, as Neo4j 5.26 needs) and Maven without throwing: the reason says
 * what is missing and how to get it.
 */
export function checkToolchain(env: NodeJS.ProcessEnv = process.env): ToolchainCheck {
  const java = javaCommand(env);
  const version = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (version.error || version.status !== 0) {
    return {
      ok: false,
      reason: `no Java found (tried ${java}): install OpenJDK 17 (apt-get install openjdk-17-jdk-headless) or set JAVA_HOME`,
    };
  }
  const javaMajor = parseJavaMajor(`${version.stderr}${version.stdout}`);
  if (!javaMajor || javaMajor < 17) {
    return {
      ok: false,
      reason: `${java} is Java ${javaMajor ?? '?'}; Neo4j 5.26 needs Java 17 or 21: set JAVA_HOME to one`,
    };
  }
  const mvn = env.KG_MVN || 'mvn';
  const maven = spawnSync(mvn, ['-v'], { encoding: 'utf8', env });
  if (maven.error || maven.status !== 0) {
    return {
      ok: false,
      reason: `no Maven found (tried ${mvn}): install Maven 3.8+ (apt-get install maven) or set KG_MVN`,
    };
  }
  return { ok: true, toolchain: { java, javaMajor, mvn } };
}

import { spawnSync } from 'node:child_process';

// The embedded server needs Java 17+ to run, and a JDK (javac) plus Maven to build the launcher once.

const alternatives = [
  'Or use a Neo4j you already have instead:',
  '  - set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to an existing Neo4j 5 server or Aura, or',
  '  - run `docker compose up` (Neo4j and the API in containers).',
].join('\n');

export class MissingToolError extends Error {
  constructor(problem: string) {
    super(
      [
        `${problem}`,
        'The embedded Neo4j (used when NEO4J_URI is not set) needs Java 17+ and Maven. Install them:',
        '  Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless maven',
        '  macOS:         brew install openjdk@17 maven',
        alternatives,
      ].join('\n'),
    );
    this.name = 'MissingToolError';
  }
}

function firstLine(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  // `java -version` writes to stderr; `mvn -v` to stdout.
  return `${r.stderr ?? ''}\n${r.stdout ?? ''}`.trim();
}

/** The major version of `java` on PATH ("1.8.0_392" → 8, "17.0.15" → 17), or undefined when absent. */
export function javaMajorVersion(): number | undefined {
  const out = firstLine('java', ['-version']);
  const m = out?.match(/version "(\d+)(?:\.(\d+))?/);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

/** Throws a MissingToolError unless Java 17+ runs (and, when `forBuild`, javac and mvn too). */
export function checkPrerequisites(forBuild: boolean): void {
  const java = javaMajorVersion();
  if (java === undefined) throw new MissingToolError('`java` was not found on PATH.');
  if (java < 17) throw new MissingToolError(`\`java\` is version ${java}; Neo4j 5 needs 17 or newer.`);
  if (!forBuild) return;
  if (!firstLine('javac', ['-version']))
    throw new MissingToolError('`javac` was not found: a JDK (not only a JRE) is needed to build the launcher once.');
  if (!firstLine('mvn', ['-v'])) throw new MissingToolError('`mvn` (Maven) was not found on PATH.');
}

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';
import { checkPrerequisites } from './prerequisites.js';

// The Maven module next to src/ (and dist/): both sit two levels below the repository root.
export const launcherDir = fileURLToPath(new URL('../../neo4j-embedded/', import.meta.url));
const classesDir = join(launcherDir, 'target', 'classes');
const classpathFile = join(launcherDir, 'target', 'classpath.txt');
const launcherClass = join(classesDir, 'newsgraph', 'Launcher.class');
const sources = [join(launcherDir, 'pom.xml'), join(launcherDir, 'src', 'main', 'java', 'newsgraph', 'Launcher.java')];

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** True when target/ holds a build newer than the pom and the source, whose jars are still in ~/.m2. */
function isBuilt(): boolean {
  const built = Math.min(mtime(launcherClass), mtime(classpathFile));
  if (built === 0 || sources.some((s) => mtime(s) > built)) return false;
  const firstJar = readFileSync(classpathFile, 'utf8').split(':')[0]?.trim();
  return !!firstJar && existsSync(firstJar);
}

/**
 * Builds the launcher with Maven unless an up-to-date build exists, and returns the java class path.
 * The first build downloads Neo4j's jars (~150 MB) into ~/.m2; later builds take seconds.
 */
export async function ensureLauncherBuilt(logger: Logger): Promise<string> {
  if (isBuilt()) {
    checkPrerequisites(false);
  } else {
    checkPrerequisites(true);
    await withBuildLock(logger, async () => {
      if (!isBuilt()) await build(logger);
    });
  }
  return `${classesDir}:${readFileSync(classpathFile, 'utf8').trim()}`;
}

async function build(logger: Logger): Promise<void> {
  logger.info(
    existsSync(classpathFile)
      ? 'rebuilding the embedded Neo4j launcher with Maven'
      : 'building the embedded Neo4j launcher with Maven (first time only: downloads ~150 MB of jars into ~/.m2, 1-3 minutes)',
  );
  const started = Date.now();
  // -q hides Maven's pages of INFO lines; this heartbeat shows that the download is still going.
  const heartbeat = setInterval(
    () => logger.info(`still building the Neo4j launcher (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  );
  try {
    await mvn(['-q', '-B', '-Dstyle.color=never', '-f', join(launcherDir, 'pom.xml'), 'compile',
      'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`]);
    // Maven leaves unchanged outputs untouched; mark the build as newer than its sources.
    const now = new Date();
    for (const output of [launcherClass, classpathFile]) utimesSync(output, now, now);
  } finally {
    clearInterval(heartbeat);
  }
  logger.info(`built the Neo4j launcher in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * One build at a time across processes (`npm test` and `npm start` in two terminals on a fresh
 * clone would otherwise run two Mavens on one target/). mkdir is atomic; a lock older than
 * 10 minutes is left over from a killed build and is taken over.
 */
async function withBuildLock(logger: Logger, work: () => Promise<void>): Promise<void> {
  const lock = join(launcherDir, 'target', 'build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = false; ; waited = true) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - mtime(lock) > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (!waited) logger.info('another process is building the Neo4j launcher; waiting for it');
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function mvn(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`building the Neo4j launcher failed (mvn exit ${code}):\n${output.trim().slice(-4000)}\n` +
            `Retry by hand: mvn -f ${join(launcherDir, 'pom.xml')} compile`)),
    );
  });
}

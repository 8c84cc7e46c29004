// Why the embedded server could not start, each with what to do about it.

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen on it.\n` +
        `Stop whatever uses it, or pick another port: NEO4J_BOLT_PORT=${port + 1}.\n` +
        `If that is a Neo4j you want to use, set NEO4J_URI=bolt://127.0.0.1:${port} instead.`,
    );
    this.name = 'PortInUseError';
  }
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, detail: string) {
    super(
      `The data folder ${dataDir} is locked by another live process (${detail}).\n` +
        `Stop that Neo4j (\`newsgraph db stop\` if newsgraph started it), or use another folder: NEO4J_DATA_DIR=...`,
    );
    this.name = 'DataDirLockedError';
  }
}

export class StartFailedError extends Error {
  constructor(reason: string, readonly logFile: string) {
    super(`The embedded Neo4j did not start: ${reason}\nSee ${logFile} (and debug.log next to it) for details.`);
    this.name = 'StartFailedError';
  }
}

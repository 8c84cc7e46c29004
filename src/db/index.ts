export { ensureNeo4j, embeddedOptions, type Neo4jHandle, type EnsureOptions } from './ensure-neo4j.js';
export { startEmbedded, stopPid, boltUri, type EmbeddedOptions, type EmbeddedServer } from './embedded-server.js';
export { findRunningServer, freePort, isPortFree, isProcessAlive, launcherLogPath, pidFilePath } from './server-state.js';
export { ensureLauncherBuilt, launcherDir } from './launcher-build.js';
export { checkPrerequisites, MissingToolError } from './prerequisites.js';
export { PortInUseError, DataDirLockedError, StartFailedError } from './errors.js';

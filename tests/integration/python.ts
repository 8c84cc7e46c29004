import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The Python the export tests read files with: .data/python, made by scripts/python-env.mjs
// (`npm run python:setup`, and .ci/run) from tests/python/requirements.txt. When it is missing
// or stale the first test that needs it makes it (about a minute, from PyPI).

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Path of the virtual environment's python, made or refreshed first when needed. */
export function pythonEnv(): string {
  const out = execFileSync(process.execPath, ['scripts/python-env.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').at(-1)!;
}

export interface PythonRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `python args…` (a script path, or `-` with the program on stdin) in `cwd`. */
export function runPython(python: string, args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<PythonRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

// Creates (or refreshes) the Python virtual environment the export tests read the exports with:
// .data/python, with tests/python/requirements.txt from PyPI. Quick when it is up to date (the
// installed requirements are stamped in it); prints the path of its python on the last line.
// usage: node scripts/python-env.mjs            (npm run python:setup; PYTHON picks the interpreter)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const venv = join(root, '.data/python');
const python = join(venv, 'bin/python');
const stamp = join(venv, 'requirements.installed');
const requirementsFile = join(root, 'tests/python/requirements.txt');
const requirements = readFileSync(requirementsFile, 'utf8');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    const reason = result.error ? result.error.message : `exit ${result.status}`;
    console.error(`python-env: ${command} ${args.join(' ')} failed (${reason})`);
    if (args.includes('venv')) console.error('python-env: on Debian or Ubuntu, apt-get install python3-venv');
    process.exit(1);
  }
}

if (!existsSync(python) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== requirements) {
  console.error(`python-env: installing ${requirements.split('\n').filter((l) => l && !l.startsWith('#')).join(' ')} into .data/python (first time: about a minute)`);
  rmSync(venv, { recursive: true, force: true });
  run(process.env.PYTHON || 'python3', ['-m', 'venv', venv]);
  run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirementsFile]);
  writeFileSync(stamp, requirements);
}
console.log(python);

import { spawnSync } from 'node:child_process';
import { benchLog } from './benchLog';

const tools = { rg: 'ripgrep', pandoc: 'pandoc' } as const;

function has(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

function aptGet(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** The peers come from Debian: installed when missing (the bench runs as root here and in CI). */
export function ensurePeerTools(): void {
  const missing = Object.entries(tools).filter(([command]) => !has(command));
  if (missing.length === 0) return;
  const packages = missing.map(([, name]) => name);
  benchLog('setup', `installing ${packages.join(', ')} from Debian`);
  if (!aptGet(['install', '-y', ...packages])) {
    aptGet(['update']);
    aptGet(['install', '-y', ...packages]);
  }
  const still = Object.keys(tools).filter((command) => !has(command));
  if (still.length)
    throw new Error(`${still.join(', ')} missing: run apt-get install -y pandoc ripgrep as root`);
}

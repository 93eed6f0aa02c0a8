import fs from 'node:fs';

export interface ProcessMemory {
  /** Resident now, MiB. */
  rssMb: number;
  /** Peak resident (VmHWM), MiB. */
  peakMb: number;
}

function statusField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}

/** Linux /proc figures for one process; zeros where /proc is not there or the process is gone. */
export function readProcessMemory(pid: number | undefined): ProcessMemory {
  if (pid === undefined) return { rssMb: 0, peakMb: 0 };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rssMb: statusField(status, 'VmRSS'), peakMb: statusField(status, 'VmHWM') };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}

/** The descendants of a process whose command name matches (a browser and its renderers), summed. */
export function readProcessTreeMemory(
  rootPid: number | undefined,
  command: RegExp,
): ProcessMemory & { processes: number } {
  if (rootPid === undefined) return { rssMb: 0, peakMb: 0, processes: 0 };
  const children = new Map<number, number[]>();
  let pids: string[] = [];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return { rssMb: 0, peakMb: 0, processes: 0 };
  }
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(pid));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const total = { rssMb: 0, peakMb: 0, processes: 0 };
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop() ?? 0;
    queue.push(...(children.get(pid) ?? []));
    if (pid === rootPid || !command.test(readCommand(pid))) continue;
    const memory = readProcessMemory(pid);
    total.rssMb += memory.rssMb;
    total.peakMb += memory.peakMb;
    total.processes += 1;
  }
  return total;
}

function readCommand(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

import fs from 'node:fs';

/** Linux's USER_HZ, what /proc/<pid>/stat counts CPU time in. */
const clockTicksPerSecond = 100;

/**
 * CPU ms (user + system, every thread) a process has used so far, from /proc/<pid>/stat;
 * undefined where there is no /proc or the process is gone.
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: the fields are counted from the `)` that closes it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return undefined;
  }
}

import fs from 'node:fs';

/**
 * CPU ms per thread of a process so far (user + system), by thread name; the main thread is
 * "main" and a niced thread (the integrity check) is marked " (nice)".
 */
export function threadCpuMs(pid: number): Map<string, number> {
  const byThread = new Map<string, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const key = `${tid === String(pid) ? 'main' : name}${Number(fields[16]) > 0 ? ' (nice)' : ''}`;
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      byThread.set(key, (byThread.get(key) ?? 0) + ms);
    } catch {
      // the thread ended
    }
  }
  return byThread;
}

/** The CPU ms each thread used between two readings, as "name ms, …". */
export function threadCpuLines(after: Map<string, number>, before: Map<string, number>): string {
  return [...after]
    .map(([name, ms]) => [name, ms - (before.get(name) ?? 0)] as const)
    .filter(([, ms]) => ms > 0)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
}

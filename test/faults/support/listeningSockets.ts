import fs from 'node:fs';

/** A listening TCP socket of a process: address as the kernel shows it, and port. */
export interface ListeningSocket {
  family: 'tcp' | 'tcp6';
  address: string;
  port: number;
}

/** Every TCP socket `pid` listens on, read from /proc (Linux only; [] elsewhere). */
export function listeningSockets(pid: number): ListeningSocket[] {
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  const inodes = new Set<string>();
  for (const fd of fds) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const sockets: ListeningSocket[] = [];
  for (const family of ['tcp', 'tcp6'] as const) {
    const lines = fs.readFileSync(`/proc/net/${family}`, 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      const [local, , state] = [fields[1], fields[2], fields[3]];
      const inode = fields[9];
      if (state !== '0A' || !local || !inode || !inodes.has(inode)) continue;
      const [hexAddress = '', hexPort = '0'] = local.split(':');
      sockets.push({ family, address: decodeAddress(hexAddress), port: parseInt(hexPort, 16) });
    }
  }
  return sockets;
}

function decodeAddress(hex: string): string {
  if (hex.length === 8) {
    const bytes = hex.match(/../g) ?? [];
    return bytes
      .reverse()
      .map((byte) => parseInt(byte, 16))
      .join('.');
  }
  return hex === '00000000000000000000000001000000' ? '::1' : hex === '0'.repeat(32) ? '::' : hex;
}

import { execFile } from 'node:child_process';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const vnuJar = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** One message of the W3C Nu HTML checker. */
export interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * A short run: the JVM's optimising compiler (C2) and its parallel collector cost more CPU
 * than they win back. With the quick compiler alone the schema's deep recursion needs a
 * bigger stack than the default (vnu says so and stops). Same report; on 28 copies of one page:
 * 5.9 and 7.3 CPU-seconds as before, 3.5 with these (user+sys, back to back at load 25).
 */
const jvmOptions = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * Checks HTML files with the W3C Nu checker (vnu.jar, Java 17) and resolves to its
 * errors; an empty array means every file is valid. All files go to one `java` call:
 * starting the JVM is the slow part.
 */
export function validateHtmlFiles(files: readonly string[]): Promise<VnuMessage[]> {
  if (files.length === 0) return Promise.resolve([]);
  const args = [...jvmOptions, '-jar', vnuJar, '--format', 'json', '--errors-only', ...files];
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // vnu exits non-zero when it finds errors; only output that is not JSON is a failure.
      try {
        const report = JSON.parse(stderr) as { messages?: VnuMessage[] };
        resolve((report.messages ?? []).filter((message) => message.type !== 'info'));
      } catch {
        reject(error ?? new Error(`vnu printed no JSON report: ${stderr.slice(0, 500)}`));
      }
    });
  });
}

/** Progress on stderr, so stdout keeps only the table. */
export function benchLog(phase: string, message: string): void {
  process.stderr.write(`[bench ${phase}] ${message}\n`);
}

/**
 * The arguments of `galley export --all` as the fault scenarios run it: every article of
 * `library` into `out`, unverified quotes allowed, the summary as JSON.
 */
export function exportAllArgs(library: string, out: string, ...extra: string[]): string[] {
  return [
    'export',
    '--all',
    '--allow-unverified',
    '--out',
    out,
    '--base-url',
    'https://news.example',
    '--library',
    library,
    '--json',
    ...extra,
  ];
}

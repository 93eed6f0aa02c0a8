import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (Playwright's own browser download is not available here), headless,
 * with nothing in the background that would reach the network or skew a timing. The e2e
 * specs, the benchmark and the fault suite's page audit all launch it this way.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['GALLEY_CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
} satisfies LaunchOptions;

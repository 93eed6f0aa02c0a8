import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromiumLaunchOptions';

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/artifacts',
  globalSetup: './test/support/globalSetup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 },
    // A click on a covered or disabled element, or a fill into one that never appears, waits for
    // the whole test's timeout otherwise (150 s for the long Russian screens): fail within 30 s,
    // naming the element, where the cause is still on screen.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});

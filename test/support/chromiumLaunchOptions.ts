import type { LaunchOptions } from '@playwright/test';

/**
 * Features Playwright 1.65 switches off in Chromium (its chromiumSwitches.ts), repeated here:
 * Chromium takes the last `--disable-features` it is given, so ours must carry them too.
 */
const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * Each new browser context opens a window, and Chromium 156 gives every window two WebUI
 * address-bar popups (chrome://omnibox-popup.top-chrome) in a renderer of their own, loaded
 * though a headless window never shows them: about 1.2 s of CPU per context, 14% of the
 * end-to-end suite's CPU. Galley's pages never use the address bar.
 */
const unusedBrowserFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

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
    `--disable-features=${[...playwrightDisabledFeatures, ...unusedBrowserFeatures].join(',')}`,
  ],
} satisfies LaunchOptions;

import { defineConfig } from '@playwright/test';
import type { BrowserName } from './test/e2e/driver';

export default defineConfig<object, { shelfBrowser: BrowserName }>({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  retries: 0,
  // E2E_REPORT lets `npm test` keep the Chromium and the Firefox run's reports side by side (.ci/totals.mjs adds them).
  reporter: process.env.CI ? [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]] : 'list',
  // A failing test keeps its trace (actions and DOM snapshots); screenshots in every test's trace cost about a fifth
  // of the suite's time and say little the snapshots do not.
  use: { trace: { mode: 'retain-on-failure', screenshots: false } },
  projects: [
    // The Chromium-only specs (CDP, axe, downloads, screenshots): test/e2e/*.spec.ts.
    { name: 'chromium', testIgnore: 'both/**' },
    // The shared specs (test/e2e/both/), the same bodies through test/e2e/driver/ in each browser.
    { name: 'both-chromium', testMatch: 'both/**/*.spec.ts', use: { shelfBrowser: 'chromium' } },
    { name: 'firefox', testMatch: 'both/**/*.spec.ts', use: { shelfBrowser: 'firefox' } },
  ],
});

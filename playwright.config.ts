import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the static export in out/, served by scripts/serve-out.mjs
 * under BASE_PATH (npm test builds with BASE_PATH=/llm to prove sub-path deploys work).
 * The browser is Debian's Chromium: nothing is downloaded.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.BASE_PATH ?? '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry absorbs a timing hiccup on a loaded 2-core CI machine; scripts/test-all.mjs still
  // names every test that needed it, so a flaky spec is visible, not hidden.
  retries: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}${basePath}/`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium keeps trying to reach Google's services from a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/serve-out.mjs',
    env: { PORT: String(port), BASE_PATH: basePath },
    url: `http://localhost:${port}${basePath}/zh/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

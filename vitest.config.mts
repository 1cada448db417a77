import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Test files that replace a module with `vi.mock` are named `*.isolated.test.ts`: they get a fresh module graph. */
const ISOLATED = 'tests/unit/**/*.isolated.test.ts';

export default defineConfig({
  // `@/lib/decoding` → lib/decoding/index.ts, as in tsconfig.json.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    pool: 'threads',
    projects: [
      {
        extends: true,
        // Most files share one module graph per worker: loading lib/, the demos and the content
        // once instead of once per file takes the run from about 160 s to 40 s here. A file that
        // mocks a module would leak the mock into the others, so those run isolated.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: [ISOLATED], isolate: true } },
    ],
  },
});

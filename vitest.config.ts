import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Three projects so a developer can run just the fast core tests (`--project unit`)
// while CI runs everything. The e2e project drives the built dist/ in tmux, so it runs
// serially and with generous timeouts.
export default defineConfig({
  define: { __IAM_TUTOR_VERSION__: JSON.stringify(pkg.version) },
  test: {
    setupFiles: ['test/setup.ts'],
    // CI also writes a JSON report, from which .ci/run prints one plain "N passed, N failed" line.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', ['json', { outputFile: process.env.VITEST_JSON_REPORT }]] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: { name: 'ui', setupFiles: ['test/setup.ts', 'test/setup-ui.ts'], include: ['test/ui/**/*.test.tsx', 'test/ui/**/*.test.ts'] },
      },
      {
        // Hostile files and arguments against the CLI and the store: clear message, exit code,
        // nothing lost, nothing written raw. Some cases spawn the built dist/cli.js.
        extends: true,
        test: { name: 'hostile', include: ['test/hostile/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// SWC compiles the tests so that Nest's decorators get their design-time metadata
// (esbuild, Vite's default, does not emit it).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: {
      '@mayastor/common': here('./libs/common/src/index.ts'),
      '@mayastor/pstor': here('./libs/pstor/src/index.ts'),
      '@mayastor/io-engine': here('./libs/io-engine/src/index.ts'),
      '@mayastor/core-api': here('./libs/core-api/src/index.ts'),
      '@mayastor/events': here('./libs/events/src/index.ts'),
      '@mayastor/reconciler': here('./libs/reconciler/src/index.ts'),
      '@mayastor/test-harness': here('./test/harness/index.ts'),
    },
  },
  test: {
    include: [
      'apps/**/*.spec.ts',
      'libs/**/*.spec.ts',
      'tools/**/*.spec.ts',
      'test/**/*.spec.ts',
      'test/**/*.e2e-spec.ts',
    ],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files run in parallel; within a file, tests run in order against their servers.
    maxWorkers: 2,
  },
});

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest ancestor of a module holding `subdir`, as a path to `subdir`: e.g.
 * the repository's `proto/...` from a module in `libs/x/src/` and from its build
 * output in `dist/libs/x/src/` alike, so such files are never copied into dist.
 */
export function findUp(moduleUrl: string, subdir: string): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, subdir);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`no ${subdir} directory in ${start} or any of its ancestors`);
  }
}

// Generates the TypeScript types of our protos with @grpc/proto-loader's gen-types:
// the io-engine v1 protos (proto/io-engine/v1) into libs/io-engine/src/generated and
// the core API (proto/core/v1) into libs/core-api/src/generated.
//
//   node scripts/gen-proto.js           regenerate the committed types
//   node scripts/gen-proto.js --check   regenerate into a temp dir and fail
//                                       (exit 1) if the committed types drifted
//
// The output is deterministic: gen-types runs from the repository root (it writes
// the proto path into every file), the files are formatted with the repository's
// Prettier config, and the output dir is replaced as a whole so stale files go.
// The flags of a target must agree with its loader options (IO_ENGINE_LOADER_OPTIONS
// in libs/io-engine/src/proto/loader.ts, CORE_API_LOADER_OPTIONS in libs/core-api).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import * as prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMMON_FLAGS = [
  '--keepCase',
  '--enums=String',
  '--defaults',
  '--oneofs',
  '--grpcLib=@grpc/grpc-js',
  // NodeNext needs explicit extensions on relative imports.
  '--importFileExtension=.js',
];
const TARGETS = [
  {
    protoDir: 'proto/io-engine/v1',
    outDir: 'libs/io-engine/src/generated',
    /** In dependency order, as in the reference's file layout. */
    files: [
      'common.proto',
      'registration.proto',
      'pool.proto',
      'replica.proto',
      'nexus.proto',
      'host.proto',
      'snapshot.proto',
      'stats.proto',
    ],
    // uint64 sizes and counters of the wire contract stay exact.
    flags: [...COMMON_FLAGS, '--longs=String'],
  },
  {
    protoDir: 'proto/core/v1',
    outDir: 'libs/core-api/src/generated',
    files: ['core.proto'],
    // Sizes in bytes fit a double exactly (below 2^53).
    flags: [...COMMON_FLAGS, '--longs=Number'],
  },
];

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Adds `.js` to any extensionless relative import gen-types may still emit. */
function withJsExtensions(source) {
  return source.replace(/(from\s+['"])(\.{1,2}\/[^'"]+?)(['"])/g, (match, head, path, tail) =>
    /\.(js|ts|json)$/.test(path) ? match : `${head}${path}.js${tail}`,
  );
}

/**
 * gen-types emits the `grpc` import and the `SubtypeConstructor` helper into every
 * per-file ProtoGrpcType, also into files without a service (common.proto), where
 * `noUnusedLocals` rejects them. Drop them where nothing uses them.
 */
function withoutUnusedHelpers(source) {
  let out = source;
  if (out.split('SubtypeConstructor<').length === 2) {
    out = out.replace(/^type SubtypeConstructor<[\s\S]*?^};\n/m, '');
  }
  if (!/\bgrpc\./.test(out)) {
    out = out.replace(/^import type \* as grpc from '@grpc\/grpc-js';?\n/m, '');
  }
  return out;
}

/** Generates and formats into `target` (created empty). */
async function generate(spec, target) {
  const raw = mkdtempSync(join(tmpdir(), 'proto-gen-raw-'));
  try {
    const bin = createRequire(import.meta.url).resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');
    const result = spawnSync(process.execPath, [bin, ...spec.flags, '-I', spec.protoDir, '-O', raw, ...spec.files], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      throw new Error(`proto-loader-gen-types exited with ${result.status}`);
    }
    const options = { ...(await prettier.resolveConfig(join(ROOT, spec.outDir, 'x.ts'))), parser: 'typescript' };
    rmSync(target, { recursive: true, force: true });
    for (const file of listFiles(raw)) {
      const source = withoutUnusedHelpers(withJsExtensions(readFileSync(join(raw, file), 'utf8')));
      const formatted = await prettier.format(source, options);
      mkdirSync(dirname(join(target, file)), { recursive: true });
      writeFileSync(join(target, file), formatted);
    }
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
}

function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}:\n  - ${left[i] ?? '(end of file)'}\n  + ${right[i] ?? '(end of file)'}`;
    }
  }
  return '';
}

async function check(spec) {
  const OUT_DIR = join(ROOT, spec.outDir);
  const fresh = mkdtempSync(join(tmpdir(), 'proto-gen-check-'));
  try {
    await generate(spec, fresh);
    let committed = [];
    try {
      committed = listFiles(OUT_DIR);
    } catch {
      // no committed dir: every generated file is reported as missing
    }
    const generated = listFiles(fresh);
    const problems = [];
    for (const file of generated) {
      if (!committed.includes(file)) problems.push(`missing: ${file}`);
      else {
        const want = readFileSync(join(fresh, file), 'utf8');
        const have = readFileSync(join(OUT_DIR, file), 'utf8');
        if (want !== have) problems.push(`changed: ${file} ${firstDifference(have, want)}`);
      }
    }
    for (const file of committed) if (!generated.includes(file)) problems.push(`stale: ${file}`);
    if (problems.length > 0) {
      process.stderr.write(
        `${relative(ROOT, OUT_DIR)} is out of date with ${spec.protoDir} (run npm run proto:gen):\n` +
          problems.map((p) => `  ${p}`).join('\n') +
          '\n',
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(`${relative(ROOT, OUT_DIR)} is up to date (${generated.length} files)\n`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

for (const spec of TARGETS) {
  if (process.argv.includes('--check')) {
    await check(spec);
  } else {
    await generate(spec, join(ROOT, spec.outDir));
    process.stdout.write(`generated ${spec.outDir}\n`);
  }
}

/**
 * Wire contract: our protos in proto/io-engine/v1 against the reference
 * (docs/reference/io-engine-v1.md). The reference's tables are parsed and every
 * service, message and enum it lists is compared with what protobufjs loads from
 * our files: names, numbers, fully qualified types, labels, oneofs, enum values,
 * RPC paths and types, and the file each type lives in. Anything our files define
 * that the reference lacks is a failure too. Failures name the exact message and
 * field, so a drift reads as a sentence.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import protobuf from 'protobufjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IO_ENGINE_PROTO_DIR, IO_ENGINE_PROTO_FILES } from './loader.js';

const REFERENCE_PATH = resolve(IO_ENGINE_PROTO_DIR, '../../../docs/reference/io-engine-v1.md');
const PACKAGE = 'mayastor.v1';
const SCALARS = new Set([
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
  'bool',
  'string',
  'bytes',
]);

// ---------------------------------------------------------------------------
// The reference, as parsed from its Markdown tables.

type Label = 'singular' | 'optional' | 'repeated' | 'map';

interface RefField {
  number: number;
  name: string;
  label: Label;
  /** Fully qualified (`mayastor.v1.Pool`, `google.protobuf.StringValue`) or a scalar. */
  type: string;
  /** Map key type, for label `map`. */
  keyType?: string;
  /** Name of the real oneof the field belongs to. */
  oneof?: string;
}

interface RefMessage {
  kind: 'message';
  /** Fully qualified name. */
  name: string;
  file: string;
  fields: RefField[];
}

interface RefEnum {
  kind: 'enum';
  name: string;
  file: string;
  values: Map<string, number>;
}

interface RefMethod {
  name: string;
  path: string;
  request: string;
  response: string;
}

interface RefService {
  name: string;
  file: string;
  methods: RefMethod[];
}

interface RefFile {
  name: string;
  package: string;
  imports: string[];
  services: string[];
  typeCount: number;
}

interface Reference {
  files: Map<string, RefFile>;
  services: Map<string, RefService>;
  types: Map<string, RefMessage | RefEnum>;
}

const unquote = (cell: string): string => cell.trim().replace(/^`|`$/g, '');

/** `Pool` -> `mayastor.v1.Pool`; `A.B` -> `mayastor.v1.A.B`; scalars and `google.*` as they are. */
function qualify(type: string): string {
  if (SCALARS.has(type) || type.startsWith('google.')) return type;
  return `${PACKAGE}.${type}`;
}

/** Parses one Type cell: `` `optional T` ``, `` `repeated T` ``, `` `map<K, V>` ``, `` `T` (oneof `x`) ``. */
function parseFieldType(cell: string): Pick<RefField, 'label' | 'type' | 'keyType' | 'oneof'> {
  const oneof = /^`([^`]+)`\s*\(oneof `([^`]+)`\)$/.exec(cell.trim());
  if (oneof) return { label: 'singular', type: qualify(oneof[1]!), oneof: oneof[2]! };
  const text = unquote(cell);
  const map = /^map<\s*(\S+)\s*,\s*(\S+)\s*>$/.exec(text);
  if (map) return { label: 'map', keyType: map[1]!, type: qualify(map[2]!) };
  const labelled = /^(optional|repeated)\s+(\S+)$/.exec(text);
  if (labelled) return { label: labelled[1] as Label, type: qualify(labelled[2]!) };
  if (/^\S+$/.test(text)) return { label: 'singular', type: qualify(text) };
  throw new Error(`reference: cannot parse field type cell ${cell}`);
}

const tableRows = (lines: string[], from: number): string[][] => {
  const rows: string[][] = [];
  for (let i = from; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const cells = lines[i]!.split('|').slice(1, -1);
    if (cells.every((c) => /^\s*-+\s*$/.test(c))) continue;
    rows.push(cells.map((c) => c.trim()));
  }
  return rows.slice(1); // header
};

function parseReference(markdown: string): Reference {
  const lines = markdown.split('\n');
  const files = new Map<string, RefFile>();
  const services = new Map<string, RefService>();
  const types = new Map<string, RefMessage | RefEnum>();
  const sameAs: { message: RefMessage; source: string }[] = [];

  const layoutAt = lines.findIndex((l) => l === '## File layout');
  for (const row of tableRows(
    lines,
    lines.findIndex((l, i) => i > layoutAt && l.startsWith('|')),
  )) {
    const [file, pkg, imports, , svc, count] = row;
    if (file!.includes('(not covered)')) continue;
    files.set(unquote(file!), {
      name: unquote(file!),
      package: unquote(pkg!),
      imports: imports === '—' ? [] : imports!.split(',').map(unquote),
      services: svc === '—' ? [] : svc!.split(',').map((s) => s.trim()),
      typeCount: Number(count),
    });
  }

  let file: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## Behaviour')) break;
    const service = /^### (\w+) \(`([\w.-]+\.proto)`\)/.exec(line);
    if (service) {
      const methods = tableRows(lines, i + 2).map(([path, request, response]) => ({
        path: unquote(path!),
        name: unquote(path!).split('/').pop()!,
        request: qualify(unquote(request!)),
        response: qualify(unquote(response!)),
      }));
      services.set(service[1]!, { name: service[1]!, file: service[2]!, methods });
      continue;
    }
    const fileHeading = /^### ([\w.-]+\.proto)$/.exec(line);
    if (fileHeading) {
      file = fileHeading[1]!;
      continue;
    }
    if (file === undefined) continue;
    const enumHeading = /^#### enum ([\w.]+)$/.exec(line);
    if (enumHeading) {
      const values = new Map<string, number>();
      for (const part of lines[i + 1]!.split('·')) {
        const value = /^\s*`(\w+)` = (\d+)\s*$/.exec(part);
        if (!value) throw new Error(`reference: cannot parse enum value "${part}" of ${enumHeading[1]}`);
        values.set(value[1]!, Number(value[2]));
      }
      types.set(qualify(enumHeading[1]!), { kind: 'enum', name: qualify(enumHeading[1]!), file, values });
      continue;
    }
    const messageHeading = /^#### ([\w.]+)$/.exec(line);
    if (messageHeading) {
      const message: RefMessage = { kind: 'message', name: qualify(messageHeading[1]!), file, fields: [] };
      types.set(message.name, message);
      const next = lines[i + 1]!;
      const same = /^Same fields as `([\w.]+)`/.exec(next);
      if (same) sameAs.push({ message, source: qualify(same[1]!) });
      else if (next.startsWith('|')) {
        message.fields = tableRows(lines, i + 1).map(([number, name, type]) => ({
          number: Number(number),
          name: unquote(name!),
          ...parseFieldType(type!),
        }));
      } else throw new Error(`reference: no field table after #### ${messageHeading[1]}`);
    }
  }
  for (const { message, source } of sameAs) {
    const from = types.get(source);
    if (from?.kind !== 'message') throw new Error(`reference: ${message.name} copies unknown ${source}`);
    message.fields = from.fields.map((f) => ({ ...f }));
  }
  return { files, services, types };
}

// ---------------------------------------------------------------------------
// Our protos, and the comparison.

interface OurFile {
  name: string;
  syntax: string | undefined;
  package: string | undefined;
  imports: string[];
  /** Fully qualified names of the types and services this file itself defines. */
  defines: string[];
}

function parseOurFile(name: string): OurFile {
  const text = readFileSync(join(IO_ENGINE_PROTO_DIR, name), 'utf8');
  const parsed = protobuf.parse(text, { keepCase: true });
  const defines: string[] = [];
  const walk = (ns: protobuf.NamespaceBase): void => {
    for (const child of ns.nestedArray) {
      if (child instanceof protobuf.Type || child instanceof protobuf.Enum || child instanceof protobuf.Service) {
        defines.push(child.fullName.slice(1));
      }
      if (child instanceof protobuf.Namespace || child instanceof protobuf.Type) walk(child);
    }
  };
  walk(parsed.root);
  return {
    name,
    syntax: /^\s*syntax\s*=\s*"(\w+)"\s*;/m.exec(text)?.[1],
    package: parsed.package,
    imports: parsed.imports ?? [],
    defines,
  };
}

function loadOurRoot(): protobuf.Root {
  const root = new protobuf.Root();
  // Imports name files relative to the proto dir; google/protobuf/* come from
  // protobufjs' bundled well-known types (it matches them by that path suffix).
  root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(IO_ENGINE_PROTO_DIR, target));
  root.loadSync([...IO_ENGINE_PROTO_FILES], { keepCase: true });
  root.resolveAll();
  return root;
}

const typeName = (field: protobuf.Field): string =>
  field.resolvedType ? field.resolvedType.fullName.slice(1) : field.type;

function labelOf(field: protobuf.Field): Label {
  if (field instanceof protobuf.MapField) return 'map';
  if (field.repeated) return 'repeated';
  if (field.getOption('proto3_optional') === true) return 'optional';
  return 'singular';
}

const setDiff = (a: Iterable<string>, b: Iterable<string>): string[] => {
  const other = new Set(b);
  return [...a].filter((x) => !other.has(x));
};

function compareMessage(ref: RefMessage, ours: protobuf.Type): string[] {
  const problems: string[] = [];
  const at = ref.name;
  for (const name of setDiff(
    ref.fields.map((f) => f.name),
    ours.fieldsArray.map((f) => f.name),
  )) {
    problems.push(`${at}: field ${name} missing`);
  }
  for (const name of setDiff(
    ours.fieldsArray.map((f) => f.name),
    ref.fields.map((f) => f.name),
  )) {
    problems.push(`${at}: field ${name} is not in the reference`);
  }
  for (const want of ref.fields) {
    const field = ours.fields[want.name];
    if (!field) continue;
    const where = `${at}.${want.name}`;
    if (field.id !== want.number) problems.push(`${where}: number ${field.id}, reference says ${want.number}`);
    if (typeName(field) !== want.type) problems.push(`${where}: type ${typeName(field)}, reference says ${want.type}`);
    const label = labelOf(field);
    if (label !== want.label) problems.push(`${where}: label ${label}, reference says ${want.label}`);
    if (want.label === 'map' && field instanceof protobuf.MapField && field.keyType !== want.keyType) {
      problems.push(`${where}: map key ${field.keyType}, reference says ${want.keyType}`);
    }
    const synthetic = field.getOption('proto3_optional') === true;
    if (synthetic && field.partOf?.name !== `_${want.name}`) {
      problems.push(`${where}: optional field is not in its synthetic oneof _${want.name}`);
    }
    const oneof = synthetic ? undefined : field.partOf?.name;
    if (oneof !== want.oneof) {
      problems.push(`${where}: oneof ${oneof ?? '(none)'}, reference says ${want.oneof ?? '(none)'}`);
    }
  }
  return problems;
}

function compareEnum(ref: RefEnum, ours: protobuf.Enum): string[] {
  const problems: string[] = [];
  const have = new Map(Object.entries(ours.values));
  for (const name of setDiff(ref.values.keys(), have.keys())) problems.push(`${ref.name}: value ${name} missing`);
  for (const name of setDiff(have.keys(), ref.values.keys())) {
    problems.push(`${ref.name}: value ${name} is not in the reference`);
  }
  for (const [name, number] of ref.values) {
    const value = have.get(name);
    if (value !== undefined && value !== number) {
      problems.push(`${ref.name}.${name}: value ${value}, reference says ${number}`);
    }
  }
  return problems;
}

function compareService(ref: RefService, ours: protobuf.Service): string[] {
  const problems: string[] = [];
  const at = `${PACKAGE}.${ref.name}`;
  const file = ours.filename === null ? undefined : basename(ours.filename);
  if (file !== ref.file) problems.push(`${at}: defined in ${file}, reference says ${ref.file}`);
  for (const name of setDiff(
    ref.methods.map((m) => m.name),
    ours.methodsArray.map((m) => m.name),
  )) {
    problems.push(`${at}: rpc ${name} missing`);
  }
  for (const name of setDiff(
    ours.methodsArray.map((m) => m.name),
    ref.methods.map((m) => m.name),
  )) {
    problems.push(`${at}: rpc ${name} is not in the reference`);
  }
  for (const want of ref.methods) {
    const method = ours.methods[want.name];
    if (!method) continue;
    const where = `${at}/${want.name}`;
    const path = `/${PACKAGE}.${ref.name}/${method.name}`;
    if (path !== want.path) problems.push(`${where}: path ${path}, reference says ${want.path}`);
    const request = method.resolvedRequestType?.fullName.slice(1);
    const response = method.resolvedResponseType?.fullName.slice(1);
    if (request !== want.request) problems.push(`${where}: request ${request}, reference says ${want.request}`);
    if (response !== want.response) problems.push(`${where}: response ${response}, reference says ${want.response}`);
    if (method.requestStream || method.responseStream) problems.push(`${where}: is streaming, reference says unary`);
  }
  return problems;
}

/** Every difference between the reference and our protos; empty when they agree. */
function compareContract(reference: Reference, root: protobuf.Root, files: OurFile[]): string[] {
  const problems: string[] = [];

  // Files: syntax, package, imports, services and the types each defines.
  const ourFiles = new Map(files.map((f) => [f.name, f]));
  for (const name of setDiff(reference.files.keys(), ourFiles.keys())) problems.push(`${name}: file missing`);
  for (const name of setDiff(ourFiles.keys(), reference.files.keys())) problems.push(`${name}: not in the reference`);
  const definedIn = new Map<string, string>();
  for (const file of files) for (const name of file.defines) definedIn.set(name, file.name);
  for (const [name, want] of reference.files) {
    const file = ourFiles.get(name);
    if (!file) continue;
    if (file.syntax !== 'proto3') problems.push(`${name}: syntax ${file.syntax ?? '(none)'}, reference says proto3`);
    if (file.package !== want.package)
      problems.push(`${name}: package ${file.package}, reference says ${want.package}`);
    for (const i of setDiff(want.imports, file.imports)) problems.push(`${name}: import ${i} missing`);
    for (const i of setDiff(file.imports, want.imports)) problems.push(`${name}: import ${i} is not in the reference`);
    const services = file.defines
      .filter((d) => root.lookup(d) instanceof protobuf.Service)
      .map((d) => d.split('.').pop()!);
    for (const s of setDiff(want.services, services)) problems.push(`${name}: service ${s} missing`);
    for (const s of setDiff(services, want.services)) problems.push(`${name}: service ${s} is not in the reference`);
    const types = file.defines.filter((d) => !(root.lookup(d) instanceof protobuf.Service));
    if (types.length !== want.typeCount) {
      problems.push(`${name}: defines ${types.length} types, reference says ${want.typeCount}`);
    }
  }

  // Nothing our files define may be missing from the reference.
  for (const [name, file] of definedIn) {
    const object = root.lookup(name);
    if (object instanceof protobuf.Service) {
      if (!reference.services.has(name.split('.').pop()!) || !name.startsWith(`${PACKAGE}.`)) {
        problems.push(`${name} (${file}): service is not in the reference`);
      }
    } else if (!reference.types.has(name)) problems.push(`${name} (${file}): type is not in the reference`);
  }

  // Types: kind, file, then fields or values.
  for (const [name, ref] of reference.types) {
    const object = root.lookup(name);
    if (!object || !(object instanceof protobuf.Type || object instanceof protobuf.Enum)) {
      problems.push(`${name}: ${ref.kind} missing`);
      continue;
    }
    const kind = object instanceof protobuf.Type ? 'message' : 'enum';
    if (kind !== ref.kind) {
      problems.push(`${name}: is a ${kind}, reference says ${ref.kind}`);
      continue;
    }
    const file = definedIn.get(name);
    if (file !== ref.file)
      problems.push(`${name}: defined in ${file ?? '(no file of ours)'}, reference says ${ref.file}`);
    if (ref.kind === 'message') problems.push(...compareMessage(ref, object as protobuf.Type));
    else problems.push(...compareEnum(ref, object as protobuf.Enum));
  }

  // Services.
  for (const [name, ref] of reference.services) {
    const object = root.lookup(`${PACKAGE}.${name}`);
    if (!(object instanceof protobuf.Service)) problems.push(`${PACKAGE}.${name}: service missing`);
    else problems.push(...compareService(ref, object));
  }

  // Top-level enum values are siblings in the package scope: they must be unique.
  const seen = new Map<string, string>();
  for (const [name, ref] of reference.types) {
    if (ref.kind !== 'enum' || name.split('.').length !== 3) continue;
    for (const value of ref.values.keys()) {
      const other = seen.get(value);
      if (other) problems.push(`${name}.${value}: value name also used by ${other}`);
      seen.set(value, name);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------

describe('io-engine v1 protos match the wire reference', () => {
  let reference: Reference;
  let root: protobuf.Root;
  let files: OurFile[];

  beforeAll(() => {
    reference = parseReference(readFileSync(REFERENCE_PATH, 'utf8'));
    root = loadOurRoot();
    files = IO_ENGINE_PROTO_FILES.map(parseOurFile);
  });

  it('parses the whole reference (guards the parser itself)', () => {
    expect([...reference.files.keys()]).toEqual([...IO_ENGINE_PROTO_FILES]);
    // The file layout table counts the types of each file; the sections must agree.
    for (const file of reference.files.values()) {
      const listed = [...reference.types.values()].filter((t) => t.file === file.name).length;
      expect(listed, `types listed under ### ${file.name}`).toBe(file.typeCount);
    }
    expect(reference.services.size).toBe(7);
    expect([...reference.services.values()].reduce((n, s) => n + s.methods.length, 0)).toBe(51);
    for (const type of reference.types.values()) {
      if (type.kind === 'message') expect(type.fields.length, type.name).toBeGreaterThan(0);
    }
  });

  it('has no difference from the reference', () => {
    expect(compareContract(reference, root, files)).toEqual([]);
  });

  // The comparison must notice any single drift; these mutate a copy of the
  // reference (as if our protos had drifted the other way) and expect one precise report.
  describe('notices a single drift', () => {
    const mutated = (change: (ref: Reference) => void): string[] => {
      const copy: Reference = structuredClone(reference);
      change(copy);
      return compareContract(copy, root, files);
    };
    const message = (ref: Reference, name: string): RefMessage => ref.types.get(`${PACKAGE}.${name}`) as RefMessage;
    const field = (ref: Reference, msg: string, name: string): RefField =>
      message(ref, msg).fields.find((f) => f.name === name)!;

    it('a field number', () => {
      expect(mutated((r) => (field(r, 'Pool', 'capacity').number = 50))).toEqual([
        'mayastor.v1.Pool.capacity: number 5, reference says 50',
      ]);
    });
    it('a field type', () => {
      expect(mutated((r) => (field(r, 'Replica', 'size').type = 'int64'))).toEqual([
        'mayastor.v1.Replica.size: type uint64, reference says int64',
      ]);
    });
    it('a nested message type', () => {
      expect(
        mutated((r) => (field(r, 'ListReplicaOptions', 'query').type = 'mayastor.v1.ListSnapshotsRequest.Query')),
      ).toEqual([
        'mayastor.v1.ListReplicaOptions.query: type mayastor.v1.ListReplicaOptions.Query, reference says mayastor.v1.ListSnapshotsRequest.Query',
      ]);
    });
    it('an optional label', () => {
      expect(mutated((r) => (field(r, 'CreateNexusRequest', 'resvType').label = 'singular'))).toEqual([
        'mayastor.v1.CreateNexusRequest.resvType: label optional, reference says singular',
      ]);
    });
    it('a repeated label', () => {
      expect(mutated((r) => (field(r, 'Nexus', 'allowed_hosts').label = 'singular'))).toEqual([
        'mayastor.v1.Nexus.allowed_hosts: label repeated, reference says singular',
      ]);
    });
    it('a map key', () => {
      expect(mutated((r) => (field(r, 'ListRebuildHistoryResponse', 'histories').keyType = 'uint32'))).toEqual([
        'mayastor.v1.ListRebuildHistoryResponse.histories: map key string, reference says uint32',
      ]);
    });
    it('oneof membership', () => {
      expect(mutated((r) => delete field(r, 'DestroyReplicaRequest', 'pool_uuid').oneof)).toEqual([
        'mayastor.v1.DestroyReplicaRequest.pool_uuid: oneof pool, reference says (none)',
      ]);
    });
    it('a field name (camelCase exception)', () => {
      expect(mutated((r) => (field(r, 'CreateNexusRequest', 'minCntlId').name = 'min_cntl_id'))).toEqual([
        'mayastor.v1.CreateNexusRequest: field min_cntl_id missing',
        'mayastor.v1.CreateNexusRequest: field minCntlId is not in the reference',
      ]);
    });
    it('an enum value', () => {
      expect(
        mutated((r) => (r.types.get('mayastor.v1.NvmeAnaState') as RefEnum).values.set('NVME_ANA_CHANGE_STATE', 5)),
      ).toEqual(['mayastor.v1.NvmeAnaState.NVME_ANA_CHANGE_STATE: value 15, reference says 5']);
    });
    it('an RPC response type', () => {
      expect(
        mutated(
          (r) =>
            (r.services.get('ReplicaRpc')!.methods.find((m) => m.name === 'ResizeReplica')!.response =
              'mayastor.v1.Pool'),
        ),
      ).toEqual([
        'mayastor.v1.ReplicaRpc/ResizeReplica: response mayastor.v1.Replica, reference says mayastor.v1.Pool',
      ]);
    });
    it('the file of a type', () => {
      expect(mutated((r) => (message(r, 'IoStats').file = 'pool.proto'))).toEqual([
        'mayastor.v1.IoStats: defined in stats.proto, reference says pool.proto',
      ]);
    });
    it('a type we define that the reference lacks', () => {
      expect(mutated((r) => r.types.delete('mayastor.v1.GrowPoolResponse'))).toEqual([
        'mayastor.v1.GrowPoolResponse (pool.proto): type is not in the reference',
      ]);
    });
  });
});

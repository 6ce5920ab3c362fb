import { open, stat, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { Rpc } from '../engine/rpc-error.js';

/** What a pool keeps on its disk: enough to bring the pool and every replica back. */
export interface DiskMetadata {
  readonly version: 1;
  readonly bdevUuid: string;
  readonly pool: { readonly name: string; readonly uuid: string; readonly clusterSize: number };
  readonly replicas: readonly PersistedReplica[];
}

export interface PersistedReplica {
  readonly name: string;
  readonly uuid: string;
  readonly size: number;
  readonly thin: boolean;
  /** Shared over NVMf; the engine exports it again on import. */
  readonly shared: boolean;
  readonly allowedHosts: readonly string[];
  readonly entityId?: string;
  readonly allocatedClusters: number;
}

/** A block device a pool can live on. */
export interface Disk {
  /** Normalised URI, as the engine names the bdev (`aio:///path`, `malloc:///name?size_mb=N`). */
  readonly uri: string;
  capacity(): Promise<number>;
  readMetadata(): Promise<DiskMetadata | undefined>;
  writeMetadata(metadata: DiskMetadata): Promise<void>;
  /** Forget the pool (DestroyPool): the disk is blank afterwards. */
  wipe(): Promise<void>;
}

/**
 * Pool metadata sits in two slots at the start of the disk, written alternately
 * with a sequence number and a CRC, so that a crash in the middle of a write
 * leaves the previous copy readable (the way a real lvstore survives a torn
 * metadata page).
 */
export const METADATA_SLOT_BYTES = 4 * 1024 * 1024;
const HEADER_BYTES = 32;
const MAGIC = Buffer.from('MAYASIM1', 'ascii');

interface Slot {
  readonly seq: bigint;
  readonly metadata: DiskMetadata;
}

function encodeSlot(seq: bigint, metadata: DiskMetadata): Buffer {
  const body = Buffer.from(JSON.stringify(metadata), 'utf8');
  if (body.length + HEADER_BYTES > METADATA_SLOT_BYTES) {
    throw Rpc.resourceExhausted(`pool metadata (${body.length} bytes) exceeds its ${METADATA_SLOT_BYTES} byte area`);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeBigUInt64LE(seq, 8);
  header.writeUInt32LE(body.length, 16);
  header.writeUInt32LE(crc32(body), 20);
  return Buffer.concat([header, body]);
}

function decodeSlot(header: Buffer, readBody: (length: number) => Buffer | undefined): Slot | undefined {
  if (!header.subarray(0, 8).equals(MAGIC)) return undefined;
  const length = header.readUInt32LE(16);
  if (length === 0 || length + HEADER_BYTES > METADATA_SLOT_BYTES) return undefined;
  const body = readBody(length);
  if (!body || crc32(body) !== header.readUInt32LE(20)) return undefined;
  try {
    return { seq: header.readBigUInt64LE(8), metadata: JSON.parse(body.toString('utf8')) as DiskMetadata };
  } catch {
    return undefined;
  }
}

function newest(slots: readonly (Slot | undefined)[]): Slot | undefined {
  let best: Slot | undefined;
  for (const slot of slots) if (slot && (!best || slot.seq > best.seq)) best = slot;
  return best;
}

/** A disk backed by a (sparse) file or a device path: `aio:///path` or a bare path. */
export class FileDisk implements Disk {
  readonly uri: string;
  private seq = 0n;

  constructor(
    readonly path: string,
    private readonly fsync: boolean,
  ) {
    this.uri = `aio://${path}`;
  }

  async capacity(): Promise<number> {
    try {
      return (await stat(this.path)).size;
    } catch {
      throw Rpc.invalidArgument(`disk ${this.uri}: no such device`);
    }
  }

  private async withFile<T>(flags: string, fn: (file: FileHandle) => Promise<T>): Promise<T> {
    let file: FileHandle;
    try {
      file = await open(this.path, flags);
    } catch {
      throw Rpc.invalidArgument(`disk ${this.uri}: cannot open the device`);
    }
    try {
      return await fn(file);
    } finally {
      await file.close();
    }
  }

  async readMetadata(): Promise<DiskMetadata | undefined> {
    return this.withFile('r', async (file) => {
      const slots: (Slot | undefined)[] = [];
      for (const offset of [0, METADATA_SLOT_BYTES]) {
        const header = Buffer.alloc(HEADER_BYTES);
        const { bytesRead } = await file.read(header, 0, HEADER_BYTES, offset);
        if (bytesRead < HEADER_BYTES || !header.subarray(0, 8).equals(MAGIC)) continue;
        const length = header.readUInt32LE(16);
        const body = Buffer.alloc(Math.min(length, METADATA_SLOT_BYTES));
        const read = await file.read(body, 0, body.length, offset + HEADER_BYTES);
        slots.push(decodeSlot(header, (n) => (read.bytesRead === n ? body : undefined)));
      }
      const best = newest(slots);
      this.seq = best?.seq ?? 0n;
      return best?.metadata;
    });
  }

  async writeMetadata(metadata: DiskMetadata): Promise<void> {
    const seq = this.seq + 1n;
    const slot = encodeSlot(seq, metadata);
    await this.withFile('r+', async (file) => {
      await file.write(slot, 0, slot.length, Number(seq % 2n) * METADATA_SLOT_BYTES);
      if (this.fsync) await file.datasync();
    });
    this.seq = seq;
  }

  async wipe(): Promise<void> {
    const zero = Buffer.alloc(HEADER_BYTES);
    await this.withFile('r+', async (file) => {
      await file.write(zero, 0, HEADER_BYTES, 0);
      await file.write(zero, 0, HEADER_BYTES, METADATA_SLOT_BYTES);
      if (this.fsync) await file.datasync();
    });
    this.seq = 0n;
  }
}

/**
 * A RAM disk (`malloc:///name?size_mb=N`): it keeps its pool across export and
 * import but, as on the real engine, not across an engine restart.
 */
export class MallocDisk implements Disk {
  private metadata: DiskMetadata | undefined;

  constructor(
    readonly uri: string,
    private readonly bytes: number,
  ) {}

  async capacity(): Promise<number> {
    return this.bytes;
  }
  async readMetadata(): Promise<DiskMetadata | undefined> {
    return this.metadata && structuredClone(this.metadata);
  }
  async writeMetadata(metadata: DiskMetadata): Promise<void> {
    const bytes = encodeSlot(1n, metadata).length;
    if (bytes > METADATA_SLOT_BYTES) throw Rpc.resourceExhausted('pool metadata too large');
    this.metadata = structuredClone(metadata);
  }
  async wipe(): Promise<void> {
    this.metadata = undefined;
  }
}

/**
 * Parses a CreatePool/ImportPool disk the way the engine does: a bare device path
 * becomes `aio://<path>`; `aio://`, `uring://` and `malloc://` URIs are taken as
 * they are, with any query (`?uuid=...`, `?blk_size=...`) dropped for identity.
 */
export function parseDiskUri(
  raw: string,
): { kind: 'aio'; path: string } | { kind: 'malloc'; name: string; bytes: number } {
  const value = raw.trim();
  if (value.startsWith('/')) return { kind: 'aio', path: value.split('?')[0] ?? value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw Rpc.invalidArgument(`invalid disk URI '${raw}'`);
  }
  switch (url.protocol) {
    case 'aio:':
    case 'uring:': {
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith('/') || path === '/') throw Rpc.invalidArgument(`invalid disk URI '${raw}': no device path`);
      return { kind: 'aio', path };
    }
    case 'malloc:': {
      const name = url.pathname.replace(/^\/+/, '');
      const sizeMb = Number(url.searchParams.get('size_mb'));
      if (!name || !Number.isInteger(sizeMb) || sizeMb <= 0) {
        throw Rpc.invalidArgument(`invalid disk URI '${raw}': malloc needs a name and size_mb`);
      }
      return { kind: 'malloc', name, bytes: sizeMb * 1024 * 1024 };
    }
    default:
      throw Rpc.invalidArgument(`unsupported disk URI scheme '${url.protocol}' in '${raw}'`);
  }
}

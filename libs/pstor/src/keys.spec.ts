import { describe, expect, it } from 'vitest';
import { decodeVersioned, encodeVersioned } from './codec.js';
import { StoreKeys } from './keys.js';

describe('StoreKeys', () => {
  const keys = new StoreKeys('c1', 'mayastor');

  it('builds the key layout of the architecture', () => {
    expect(keys.spec('VolumeSpec', 'v-1')).toBe(
      '/openebs.io/mayastor/apis/v0/clusters/c1/namespaces/mayastor/VolumeSpec/v-1',
    );
    expect(keys.lock('core-agent')).toBe(`${keys.root}/StoreLeaseLock/core-agent`);
    expect(keys.lockOwner('core-agent')).toBe(`${keys.root}/StoreLeaseOwner/core-agent`);
    expect(keys.nexusInfo('vol', 'nex')).toBe(`${keys.root}/volume/vol/nexus/nex/info`);
    expect(keys.nexusInfo(null, 'nex')).toBe(`${keys.root}/nexus/nex/info`);
    expect(keys.nexusInfo('vol', 'nex').startsWith(keys.volumeNexusInfos('vol'))).toBe(true);
    expect(keys.nexusInfo('vol2', 'nex').startsWith(keys.volumeNexusInfos('vol'))).toBe(false);
    expect(keys.idOf('VolumeSpec', keys.spec('VolumeSpec', 'v-1'))).toBe('v-1');
    expect(keys.idOf('PoolSpec', keys.spec('VolumeSpec', 'v-1'))).toBeUndefined();
  });

  it('refuses segments that would escape their place in the key', () => {
    expect(() => keys.spec('PoolSpec', 'a/b')).toThrow(RangeError);
    expect(() => keys.spec('PoolSpec', '')).toThrow(RangeError);
    expect(() => new StoreKeys('c/1', 'ns')).toThrow(RangeError);
  });
});

describe('versioned values', () => {
  it('round-trips a value with its schema version', () => {
    expect(decodeVersioned<{ a: number }>(encodeVersioned(1, { a: 1 }), 1)).toEqual({ a: 1 });
  });

  it('refuses a newer schema, migrates an older one, and rejects junk', () => {
    expect(() => decodeVersioned(encodeVersioned(3, {}), 2)).toThrow(/newer/);
    expect(decodeVersioned(encodeVersioned(1, { a: 1 }), 2, (v) => ({ ...(v as object), b: 2 }))).toEqual({
      a: 1,
      b: 2,
    });
    expect(() => decodeVersioned(encodeVersioned(1, {}), 2)).toThrow(/no migration/);
    expect(() => decodeVersioned('not json', 1)).toThrow(/not JSON/);
    expect(() => decodeVersioned('{"x":1}', 1)).toThrow(/envelope/);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeLabels, removeLabel, requireId, requireLabels, requireTopology, requireUuid } from './validate.js';

describe('validate', () => {
  it('accepts store-safe ids and refuses the rest with InvalidArgument', () => {
    expect(requireId('pool id', 'pool-1.a_b:c@d')).toBe('pool-1.a_b:c@d');
    for (const bad of ['', 'a/b', 'a b', 'x'.repeat(254)]) {
      expect(() => requireId('pool id', bad)).toThrow(expect.objectContaining({ kind: 'InvalidArgument' }));
    }
  });

  it('normalises uuids to lower case and refuses non-uuids', () => {
    expect(requireUuid('u', 'AAAAAAAA-1111-4111-8111-111111111111')).toBe('aaaaaaaa-1111-4111-8111-111111111111');
    expect(() => requireUuid('u', 'not-a-uuid')).toThrow(expect.objectContaining({ kind: 'InvalidArgument' }));
  });

  it('checks labels in the Kubernetes syntax', () => {
    expect(requireLabels({ 'topology.kubernetes.io/zone': 'eu-1a', tier: '' })).toBeTruthy();
    expect(() => requireLabels({ 'bad key': 'x' })).toThrow(expect.objectContaining({ kind: 'InvalidArgument' }));
    expect(() => requireLabels({ k: 'bad value!' })).toThrow(expect.objectContaining({ kind: 'InvalidArgument' }));
  });

  it('checks a topology: label keys, node ids, and no key that both spreads and keeps together', () => {
    const ok = { nodeAffinity: { zone: 'a' }, spreadKeys: ['rack'], nodeAffinityKeys: ['zone'], allowedNodes: ['n-1'] };
    expect(requireTopology(ok)).toBe(ok);
    expect(requireTopology(null)).toBeNull();
    const invalid: unknown = expect.objectContaining({ kind: 'InvalidArgument' });
    expect(() => requireTopology({ nodeHasKeys: ['bad key'] })).toThrow(invalid);
    expect(() => requireTopology({ allowedNodes: ['a/b'] })).toThrow(invalid);
    expect(() => requireTopology({ spreadKeys: ['zone'], nodeAffinityKeys: ['zone'] })).toThrow(invalid);
    expect(() => requireTopology({ poolSpreadKeys: ['rack'], poolAffinityKeys: ['rack'] })).toThrow(invalid);
    // A node key and a pool key of the same name are different labels.
    expect(requireTopology({ spreadKeys: ['zone'], poolAffinityKeys: ['zone'] })).toBeTruthy();
  });

  it('merges labels, replacing a different value only with overwrite', () => {
    expect(mergeLabels('n', { a: '1' }, { b: '2' }, false)).toEqual({ a: '1', b: '2' });
    expect(mergeLabels('n', { a: '1' }, { a: '1' }, false)).toEqual({ a: '1' });
    expect(() => mergeLabels('n', { a: '1' }, { a: '2' }, false)).toThrow(
      expect.objectContaining({ kind: 'FailedPrecondition' }),
    );
    expect(mergeLabels('n', { a: '1' }, { a: '2' }, true)).toEqual({ a: '2' });
  });

  it('removes a label, NotFound when absent', () => {
    expect(removeLabel('n', { a: '1', b: '2' }, 'a')).toEqual({ b: '2' });
    expect(() => removeLabel('n', { b: '2' }, 'a')).toThrow(expect.objectContaining({ kind: 'NotFound' }));
  });
});

import { Errors } from '@mayastor/common';
import type { Labels, VolumeTopology } from './spec.types.js';

const ID = /^[A-Za-z0-9._:@-]{1,253}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL_KEY = /^([A-Za-z0-9.-]{1,253}\/)?[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?$/;

/** Throws InvalidArgument unless `value` is a usable id (it becomes a store key segment). */
export function requireId(what: string, value: string): string {
  if (!ID.test(value)) {
    throw Errors.invalidArgument(`${what} '${value}' is not valid: use 1 to 253 letters, digits or . _ : @ -`, {
      field: what,
    });
  }
  return value;
}

export function requireUuid(what: string, value: string): string {
  if (!UUID.test(value)) throw Errors.invalidArgument(`${what} '${value}' is not a uuid`, { field: what });
  return value.toLowerCase();
}

/** Labels in the Kubernetes syntax (optional DNS prefix, name, value up to 63 characters). */
export function requireLabels(labels: Labels): Labels {
  for (const [key, value] of Object.entries(labels)) {
    if (!LABEL_KEY.test(key)) throw Errors.invalidArgument(`label key '${key}' is not valid`, { field: 'labels' });
    if (!LABEL_VALUE.test(value)) {
      throw Errors.invalidArgument(`label value '${value}' of '${key}' is not valid`, { field: 'labels' });
    }
  }
  return labels;
}

/** A volume topology whose labels, label keys and node ids are well formed. */
export function requireTopology(topology: VolumeTopology | null): VolumeTopology | null {
  if (!topology) return topology;
  const field = { field: 'topology' };
  requireLabels(topology.nodeAffinity ?? {});
  requireLabels(topology.poolAffinity ?? {});
  const keys = [
    ...(topology.nodeHasKeys ?? []),
    ...(topology.poolHasKeys ?? []),
    ...(topology.spreadKeys ?? []),
    ...(topology.nodeAffinityKeys ?? []),
    ...(topology.poolSpreadKeys ?? []),
    ...(topology.poolAffinityKeys ?? []),
  ];
  for (const key of keys) {
    if (!LABEL_KEY.test(key)) throw Errors.invalidArgument(`topology label key '${key}' is not valid`, field);
  }
  const clash = (spread: readonly string[] | undefined, same: readonly string[] | undefined, of: string): void => {
    const key = (spread ?? []).find((k) => (same ?? []).includes(k));
    if (key !== undefined) {
      throw Errors.invalidArgument(
        `topology ${of} label key '${key}' cannot both spread the replicas (exclusion) and keep them together (affinity key)`,
        field,
      );
    }
  };
  clash(topology.spreadKeys, topology.nodeAffinityKeys, 'node');
  clash(topology.poolSpreadKeys, topology.poolAffinityKeys, 'pool');
  for (const node of [...(topology.allowedNodes ?? []), ...(topology.preferredNodes ?? [])]) {
    if (!ID.test(node)) throw Errors.invalidArgument(`topology node '${node}' is not a valid node id`, field);
  }
  return topology;
}

/** Adds `add` to `labels`; a key already set to another value needs `overwrite` (else FailedPrecondition). */
export function mergeLabels(what: string, labels: Labels, add: Labels, overwrite: boolean): Labels {
  requireLabels(add);
  for (const [key, value] of Object.entries(add)) {
    if (!overwrite && key in labels && labels[key] !== value) {
      throw Errors.failedPrecondition(`${what} already has label ${key}=${labels[key]}; set overwrite to replace it`, {
        label: key,
      });
    }
  }
  return { ...labels, ...add };
}

export function removeLabel(what: string, labels: Labels, key: string): Labels {
  if (!(key in labels)) throw Errors.notFound(`${what} has no label '${key}'`, { label: key });
  return Object.fromEntries(Object.entries(labels).filter(([k]) => k !== key));
}

export function sameLabels(a: Labels, b: Labels): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

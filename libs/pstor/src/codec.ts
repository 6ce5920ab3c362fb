import { DomainError } from '@mayastor/common';

/**
 * A stored JSON value: the payload and the schema version it was written with,
 * so that a later release can read (and migrate) what an earlier one wrote.
 */
export interface Versioned<T> {
  readonly schemaVersion: number;
  readonly value: T;
}

export function encodeVersioned<T>(schemaVersion: number, value: T): string {
  return JSON.stringify({ schemaVersion, value } satisfies Versioned<T>);
}

/**
 * Decodes a stored value. A newer schema than this build knows is refused (it
 * would be misread); an older one is passed to `migrate` when given.
 */
export function decodeVersioned<T>(
  raw: string,
  currentVersion: number,
  migrate?: (value: unknown, fromVersion: number) => T,
): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new DomainError('Deserialize', `stored value is not JSON: ${String(error)}`);
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    typeof (parsed as Versioned<unknown>).schemaVersion !== 'number' ||
    !('value' in parsed)
  ) {
    throw new DomainError('Deserialize', 'stored value has no schemaVersion/value envelope');
  }
  const { schemaVersion, value } = parsed as Versioned<unknown>;
  if (schemaVersion > currentVersion) {
    throw new DomainError(
      'Deserialize',
      `stored value has schema version ${schemaVersion}, newer than this build's ${currentVersion}`,
    );
  }
  if (schemaVersion < currentVersion) {
    if (!migrate) {
      throw new DomainError('Deserialize', `no migration from schema version ${schemaVersion} to ${currentVersion}`);
    }
    return migrate(value, schemaVersion);
  }
  return value as T;
}

/** Deadline of every store call. */
export const DEFAULT_STORE_TIMEOUT_MS = 5_000;
/** TTL of the leader lease; it is kept alive every TTL/2. */
export const DEFAULT_LEASE_TTL_SECONDS = 30;

/** A page of a list ordered by id, as the list RPCs take it (`max_entries`, `starting_token`). */
export interface PageRequest {
  /** Most entries in the page; 0: every entry from `startingToken` on. */
  readonly maxEntries: number;
  /** Offset of the first entry (the `nextToken` of the previous page). */
  readonly startingToken: number;
}

export interface Page<T> {
  readonly entries: readonly T[];
  /** Offset of the next page; null on the last page. */
  readonly nextToken: number | null;
}

/**
 * One page of `all` (ordered): the token is an offset, as in the original control
 * plane, so a page is stable only while nothing is added or removed before it.
 * An offset past the end gives an empty last page.
 */
export function page<T>(all: readonly T[], request: PageRequest): Page<T> {
  const start = Math.min(Math.max(0, Math.floor(request.startingToken)), all.length);
  const end = request.maxEntries > 0 ? Math.min(all.length, start + request.maxEntries) : all.length;
  return { entries: all.slice(start, end), nextToken: end < all.length ? end : null };
}

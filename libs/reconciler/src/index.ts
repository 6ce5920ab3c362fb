/**
 * @mayastor/reconciler: work queue, backoff and the Reconciler / GarbageCollect /
 * ReCreate contracts. Empty until the reconciler issue builds it; the project
 * exists so that the import rules already cover it.
 */
export {};

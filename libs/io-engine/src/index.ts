/**
 * @mayastor/io-engine: the typed io-engine v1 client (one connection per node,
 * deadlines, status mapping). Empty until the io-engine issue builds it; the
 * project exists so that the import rules already cover it.
 */
export {};

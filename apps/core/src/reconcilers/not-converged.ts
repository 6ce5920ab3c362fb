/**
 * A resource that did not converge and will not on its own soon (a destroy that
 * failed, no healthy replica reachable): thrown so that its key backs off, rather
 * than requeued at a fixed rate forever.
 */
export class NotConverged extends Error {
  override readonly name = 'NotConverged';
}

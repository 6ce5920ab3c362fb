/**
 * The events a simulated engine reports (category, action and details as in the
 * events reference, "Who emits what", component IoEngine). Implemented over NATS
 * JetStream when events are configured, otherwise discarded.
 */
export interface SimEvents {
  poolCreated(poolName: string): void;
  poolDeleted(poolName: string): void;
  replicaCreated(replica: { uuid: string; name: string; poolName: string; poolUuid: string }): void;
  replicaDeleted(replica: { uuid: string; name: string; poolName: string; poolUuid: string }): void;
  /** A nexus child changed state; the target is the replica uuid of the child URI. */
  replicaStateChanged(replicaUuid: string, previous: string, next: string): void;
  nexusCreated(nexusUuid: string): void;
  nexusDeleted(nexusUuid: string): void;
  nexusShutdown(nexusUuid: string): void;
  nexusStateChanged(nexusUuid: string, previous: string, next: string): void;
  nexusChildAdded(nexusUuid: string, uri: string): void;
  nexusChildRemoved(nexusUuid: string, uri: string): void;
  nexusChildOnline(nexusUuid: string, uri: string): void;
  rebuildBegan(nexusUuid: string, source: string, destination: string): void;
  rebuildEnded(
    nexusUuid: string,
    source: string,
    destination: string,
    status: 'Completed' | 'Stopped' | 'Failed',
    error?: string,
  ): void;
  hostConnected(hostNqn: string, subsystemNqn: string, target: 'nexus' | 'replica', uuid: string): void;
  hostDisconnected(hostNqn: string, subsystemNqn: string, target: 'nexus' | 'replica', uuid: string): void;
  engineStarted(): void;
  engineShutdown(): void;
  engineStopped(durationMs: number): void;
}

/** Events discarded (no event bus configured). */
export const NO_EVENTS: SimEvents = new Proxy({} as SimEvents, { get: () => () => undefined });

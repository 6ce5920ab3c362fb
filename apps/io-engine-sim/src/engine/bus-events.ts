import {
  Component,
  hostInitiatorConnected,
  hostInitiatorDisconnected,
  ioEngineShutdown,
  ioEngineStarted,
  ioEngineStopped,
  nexusChildAdded,
  nexusChildOnlined,
  nexusChildRemoved,
  nexusCreated,
  nexusDeleted,
  nexusRebuildBegan,
  nexusRebuildEnded,
  nexusShutdown,
  nexusStateChanged,
  poolCreated,
  poolDeleted,
  RebuildStatus,
  replicaCreated,
  replicaDeleted,
  replicaStateChanged,
  type EventOrigin,
  type EventSink,
} from '@mayastor/events';
import type { SimEvents } from './sim-events.js';

/** The engine's events in the v1 format, to an event sink (NATS JetStream). */
export function busEvents(sink: EventSink, node: string): SimEvents {
  const origin: EventOrigin = { component: Component.IoEngine, node };
  const replica = (r: { name: string; poolName: string; poolUuid: string }) => ({
    pool_name: r.poolName,
    pool_uuid: r.poolUuid,
    replica_name: r.name,
  });
  const host = (hostNqn: string, subsystemNqn: string, target: string, uuid: string) => ({
    host_nqn: hostNqn,
    subsystem_nqn: subsystemNqn,
    target,
    uuid,
  });
  return {
    poolCreated: (name) => sink.emit(poolCreated(origin, name)),
    poolDeleted: (name) => sink.emit(poolDeleted(origin, name)),
    replicaCreated: (r) => sink.emit(replicaCreated(origin, r.uuid, replica(r))),
    replicaDeleted: (r) => sink.emit(replicaDeleted(origin, r.uuid, replica(r))),
    replicaStateChanged: (uuid, previous, next) => sink.emit(replicaStateChanged(origin, uuid, { previous, next })),
    nexusCreated: (uuid) => sink.emit(nexusCreated(origin, uuid)),
    nexusDeleted: (uuid) => sink.emit(nexusDeleted(origin, uuid)),
    nexusShutdown: (uuid) => sink.emit(nexusShutdown(origin, uuid)),
    nexusStateChanged: (uuid, previous, next) => sink.emit(nexusStateChanged(origin, uuid, { previous, next })),
    nexusChildAdded: (uuid, uri) => sink.emit(nexusChildAdded(origin, uuid, uri)),
    nexusChildRemoved: (uuid, uri) => sink.emit(nexusChildRemoved(origin, uuid, uri)),
    nexusChildOnline: (uuid, uri) => sink.emit(nexusChildOnlined(origin, uuid, uri)),
    rebuildBegan: (uuid, source, destination) =>
      sink.emit(nexusRebuildBegan(origin, uuid, { source_replica: source, destination_replica: destination })),
    rebuildEnded: (uuid, source, destination, status, error) =>
      sink.emit(
        nexusRebuildEnded(origin, uuid, {
          source_replica: source,
          destination_replica: destination,
          status: RebuildStatus[status],
          ...(error !== undefined ? { error } : {}),
        }),
      ),
    hostConnected: (hostNqn, nqn, target, uuid) =>
      sink.emit(hostInitiatorConnected(origin, host(hostNqn, nqn, target, uuid))),
    hostDisconnected: (hostNqn, nqn, target, uuid) =>
      sink.emit(hostInitiatorDisconnected(origin, host(hostNqn, nqn, target, uuid))),
    engineStarted: () => sink.emit(ioEngineStarted(origin, node)),
    engineShutdown: () => sink.emit(ioEngineShutdown(origin, node)),
    engineStopped: (ms) => sink.emit(ioEngineStopped(origin, node, ms)),
  };
}

// The local cluster launcher (`npm start`): etcd (or the embedded store), the core
// agent, the REST API and simulated io-engines with a pool each, as child processes
// of this one; Ctrl-C stops them in order. See `--help` and README.md.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, configHelp, EXIT_BAD_CONFIG, loadConfig } from '@mayastor/common';
import { ClusterError, LocalCluster, StopRequested, type ClusterSummary } from './local-cluster.js';
import { LocalClusterConfig } from './local-cluster.config.js';

const NAME = 'local-cluster';
const SUMMARY = 'runs a whole Mayastor control plane on this machine, for trying it out.';
const USAGE = 'npm start -- [--data-dir DIR] [--help]    (built: node dist/tools/local-cluster/main.js ...)';
const DETAILS = `
What it does, in order (each step waited for):
  1. the store: etcd (if the etcd binary is on the PATH) with its data in <data dir>/etcd,
     else the core's embedded store in <data dir>/store;
  2. the core agent (gRPC on 127.0.0.1), its metrics endpoint;
  3. the REST API on http://127.0.0.1:8081 with authentication OFF (local use only);
  4. one io-engine simulator process with 3 io-engines (io-engine-1..3 on 127.0.0.1..3),
     each with a sparse disk file under <data dir>/io-engine, registering with the core
     (and keeping their NexusInfo in etcd when etcd is used);
  5. once they are Online, one pool per io-engine on its disk (kept on the next start);
  6. prints the Swagger UI URL and how to create and publish a volume.
Ctrl-C (SIGINT or SIGTERM) stops REST, the core, the io-engines and etcd, in that order,
and exits 0. The processes' logs are in <data dir>/logs. A second start with the same data
dir finds the cluster as it was left (nodes, pools, volumes).
A port that is in use is replaced by a free one (the launcher says so; the URLs it prints
are the real ones). Other variables (LOG_LEVEL, the core's tuning variables, ...) pass
through to the apps; the endpoints, store, data dirs and REST auth are the launcher's.

Flags:
  --data-dir DIR   data directory (default ./data, or LOCAL_CLUSTER_DATA_DIR)
  -h, --help       this text
`;

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const warn = (line: string): void => void process.stderr.write(`${line}\n`);

function printSummary(summary: ClusterSummary): void {
  const volume = '"replicas":3,"size":1073741824,"thin":false,"policy":{"self_heal":true}';
  const target = `"protocol":"nvmf","publish_context":{},"node":"${summary.nodes[0]?.id ?? 'io-engine-1'}"`;
  const json = "-sS -w '\\n' -H 'Content-Type: application/json'";
  say('');
  say(`local cluster up: store ${summary.store}; core ${summary.coreEndpoint} (metrics ${summary.metricsUrl})`);
  for (const node of summary.nodes) say(`  ${node.id} on ${node.endpoint}, pool ${node.pool}`);
  say(`  fault injection: ${summary.controlUrl}/nodes (docs/io-engine-sim.md); logs: ${summary.logDir}`);
  say('WARNING: REST authentication is OFF (REST_NO_AUTH=true): this cluster is for local use only.');
  say(`OpenAPI: ${summary.restUrl}/v0/api/spec`);
  say(
    `Try: V=$(cat /proc/sys/kernel/random/uuid); ` +
      `curl -X PUT ${summary.restUrl}/v0/volumes/$V ${json} -d '{${volume}}' && ` +
      `curl -X PUT ${summary.restUrl}/v0/volumes/$V/target ${json} -d '{${target}}'`,
  );
  say(`Swagger UI: ${summary.restUrl}/v0/swagger-ui`);
  say('Ctrl-C stops everything.');
}

async function main(): Promise<number> {
  let args: { help?: boolean; 'data-dir'?: string };
  try {
    args = parseArgs({
      options: { help: { type: 'boolean', short: 'h' }, 'data-dir': { type: 'string' } },
      allowPositionals: false,
    }).values;
  } catch (error) {
    warn(`${NAME}: ${error instanceof Error ? error.message : String(error)}\nUsage: ${USAGE}`);
    return EXIT_BAD_CONFIG;
  }
  if (args.help) {
    process.stdout.write(configHelp(NAME, SUMMARY, LocalClusterConfig, USAGE) + DETAILS);
    return 0;
  }
  let config: LocalClusterConfig;
  try {
    config = loadConfig(NAME, LocalClusterConfig);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    warn(error.message);
    return EXIT_BAD_CONFIG;
  }

  const dataDir = resolve(args['data-dir'] ?? config.LOCAL_CLUSTER_DATA_DIR);
  const cluster = new LocalCluster({
    config,
    dataDir,
    // The apps inherit the launcher's environment (LOG_LEVEL, the core's tuning
    // variables, ...): passed on, not read; the launcher's own settings come from
    // LocalClusterConfig, and what it wires it sets on top.
    // eslint-disable-next-line no-restricted-properties
    env: process.env,
    say,
  });
  // The children run in their own process groups (a Ctrl-C reaches only this
  // process): whatever ends this process must not leave them running.
  process.once('exit', () => cluster.killNow());
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (firstSignalAt === 0) {
        firstSignalAt = Date.now();
        cluster.requestStop(signal);
      } else if (Date.now() - firstSignalAt > 1000) {
        // (npm forwards the terminal's SIGINT as well: a second one at once is the same Ctrl-C.)
        say('still stopping: each process gets LOCAL_CLUSTER_STOP_TIMEOUT_SECONDS to exit, then is killed');
      }
    });
  }

  say(`${NAME}: data in ${dataDir}`);
  let outcome: unknown;
  try {
    printSummary(await cluster.start());
    outcome = await cluster.untilStopped();
  } catch (error) {
    outcome = error;
  }
  let code = 0;
  if (outcome instanceof StopRequested) {
    say(`${outcome.signal}: stopping the local cluster`);
  } else {
    code = 1;
    warn(`${NAME}: ${outcome instanceof Error ? outcome.message : String(outcome)}`);
    if (outcome instanceof ClusterError && outcome.process) {
      const tail = await outcome.process.tail();
      if (tail) warn(`last lines of ${outcome.process.logFile}:\n${tail}`);
    }
    if (cluster.started) say('stopping the local cluster');
  }
  const started = cluster.started;
  await cluster.stop();
  if (started) say('stopped');
  return code;
}

process.exit(await main());

/** Import rules of ARCHITECTURE.md, enforced in CI (`npm run depcheck`). */
module.exports = {
  forbidden: [
    {
      name: 'no-app-imports-another-app',
      comment: 'Apps wire modules together; an app never imports another app.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|tools)/' },
    },
    {
      name: 'tools-run-apps-never-import-them',
      comment: 'Tools (the local cluster launcher) start the built apps as processes; they never import them.',
      severity: 'error',
      from: { path: '^tools/' },
      to: { path: '^apps/' },
    },
    {
      name: 'only-core-uses-pstor',
      comment:
        'Only core touches the persistent store; REST, CSI and HA talk to core over its API. The simulator writes NexusInfo to etcd, as the io-engine does.',
      severity: 'error',
      from: { path: '^(apps|tools)/', pathNot: '^apps/(core|io-engine-sim)/' },
      to: { path: '^libs/pstor/' },
    },
    {
      name: 'only-core-and-sim-use-io-engine-client',
      comment: 'Only core (client) and the simulator (server side) touch libs/io-engine.',
      severity: 'error',
      from: { path: '^(apps|tools)/', pathNot: '^apps/(core|io-engine-sim)/' },
      to: { path: '^libs/io-engine/' },
    },
    {
      name: 'production-code-does-not-import-tests',
      severity: 'error',
      from: { path: '^(apps|libs|tools)/', pathNot: '\\.(e2e-)?spec\\.ts$|^libs/[^/]+/test/' },
      to: { path: '^test/|\\.(e2e-)?spec\\.ts$|^libs/[^/]+/test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

/**
 * Import boundaries: shared is pure (no server, web, node I/O); a server module reaches another only through its
 * index.ts; the web never imports the server.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'packages/shared holds the contract and the rules: it imports nothing of server or web.',
      severity: 'error',
      from: { path: '^packages/shared/' },
      to: { path: '^packages/(server|web|e2e)/' },
    },
    {
      name: 'shared-has-no-io',
      comment: 'Rules take the clock, the calendar and the policy as data; no file, network or database access.',
      severity: 'error',
      from: { path: '^packages/shared/src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|pg)$' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'module-through-index',
      comment: "A server module imports another module only through that module's index.ts (tables may be referenced for joins).",
      severity: 'error',
      from: { path: '^packages/server/src/modules/([^/]+)/' },
      to: {
        path: '^packages/server/src/modules/([^/]+)/',
        pathNot: ['^packages/server/src/modules/$1/', '^packages/server/src/modules/[^/]+/(index|[^/]+\\.tables)\\.ts$'],
      },
    },
    {
      name: 'platform-not-modules',
      comment: 'The platform is below the modules: it never imports one.',
      severity: 'error',
      from: { path: '^packages/server/src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/server/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist)' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'], conditionNames: ['import', 'default'], exportsFields: ['exports'] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
  },
};

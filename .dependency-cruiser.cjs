// Import rules for packages/*/src, checked by `pnpm lint` (dependency-cruiser): the folders of a
// package's source form no cycle, and shipped code never imports a test file.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment:
        "A folder holds one concern; two folders that import each other (directly or round a " +
        "longer loop) are one concern split in two: move the file to the folder that owns it.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-imports-from-src",
      comment: "Shipped code must not import tests, their fixtures or helpers.",
      severity: "error",
      from: { pathNot: "\\.test(-d)?\\.ts$|/test-support/" },
      to: { path: "\\.test(-d)?\\.ts$|/test-support/" },
    },
  ],
  options: {
    includeOnly: "^packages/[^/]+/src/",
    exclude: { path: "/node_modules/|/dist/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    doNotFollow: { path: "node_modules|\\.test(-d)?\\.ts$|/test-support/" },
  },
};

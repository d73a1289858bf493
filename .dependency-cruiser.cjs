// Layering rules of docs/architecture.md, checked on every `npm test`.
module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", from: {}, to: { circular: true } },
    {
      name: "platform-imports-no-module",
      comment: "platform/ is infrastructure only",
      severity: "error",
      from: { path: "^src/server/platform/" },
      to: { path: "^src/server/(modules|demo)/" },
    },
    {
      name: "shared-is-standalone",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: "^src/(server|web)/" },
    },
    {
      name: "web-never-imports-server",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/server/" },
    },
    {
      name: "modules-through-index",
      comment: "a module reaches another module only through its index.ts",
      severity: "error",
      from: { path: "^src/server/modules/([^/]+)/" },
      to: { path: "^src/server/modules/([^/]+)/", pathNot: ["^src/server/modules/$1/", "^src/server/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "routes-not-imported-by-use-cases",
      severity: "error",
      from: { path: "/use-cases/" },
      to: { path: "\\.routes\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.test\\.ts$" },
  },
};

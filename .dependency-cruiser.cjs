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
      name: "web-imports-api-schemas-as-types",
      comment: "the web app takes the API's shapes from src/shared/api as types only, so zod stays out of the bundle",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/shared/api/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "modules-through-index",
      comment: "a module reaches another module only through its index.ts",
      severity: "error",
      from: { path: "^src/server/modules/([^/]+)/" },
      to: { path: "^src/server/modules/([^/]+)/", pathNot: ["^src/server/modules/$1/", "^src/server/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "tickets-tables-private",
      comment: "only tickets reads or writes its tables; others use its commands, reads and ticketsView",
      severity: "error",
      from: { pathNot: "^src/server/modules/tickets/" },
      to: { path: "^src/server/modules/tickets/tickets\\.tables\\.ts$" },
    },
    {
      name: "tickets-index-exports-no-tables",
      comment: "tickets' index must not hand its tables out (re-exports count as imports)",
      severity: "error",
      from: { path: "^src/server/modules/tickets/index\\.ts$" },
      to: { path: "\\.tables\\.ts$" },
    },
    {
      name: "core-imports-only-core",
      comment:
        "layers: core (tenancy, auth, customers, products, teams, presence) knows nothing of tickets or what reacts to them",
      severity: "error",
      from: { path: "^src/server/modules/(tenancy|auth|customers|products|teams|presence)/" },
      to: {
        path: "^src/server/modules/",
        pathNot: "^src/server/modules/(tenancy|auth|customers|products|teams|presence)/",
      },
    },
    {
      name: "tickets-imports-only-core",
      comment:
        "layers: tickets builds on core and platform; sla, assignment, triggers, workspace, channels, audit react to it, not the reverse",
      severity: "error",
      from: { path: "^src/server/modules/tickets/" },
      to: {
        path: "^src/server/modules/",
        pathNot: "^src/server/modules/(tenancy|auth|customers|products|teams|presence|tickets)/",
      },
    },
    {
      name: "warranty-below-rma",
      comment: "layers: warranty (三包) builds on core and tickets' reads; RMAs build on warranty, never the reverse",
      severity: "error",
      from: { path: "^src/server/modules/warranty/" },
      to: { path: "^src/server/modules/", pathNot: "^src/server/modules/(tenancy|auth|customers|products|tickets|sla|warranty)/" },
    },
    {
      name: "warranty-engine-is-pure",
      comment: "the 三包 engine decides from facts and a rule book only: no database, no module, no platform",
      severity: "error",
      from: { path: "^src/server/modules/warranty/engine/" },
      to: { path: "^src/server/(platform|modules/(?!warranty/engine/))" },
    },
    {
      name: "dispatch-optimiser-is-pure",
      comment: "the route optimiser plans from numbers only: no database, no module, no platform",
      severity: "error",
      from: { path: "^src/server/modules/dispatch/optimiser/" },
      to: { path: "^src/server/(platform|modules/(?!dispatch/optimiser/))" },
    },
    {
      name: "nothing-imports-analytics",
      comment:
        "analytics is read-only and on top: no module depends on it (only the module list mounts it; the demo seed fills its demo tables; the CLI's backtest runs its pure forecaster)",
      severity: "error",
      from: {
        pathNot: [
          "^src/server/modules/analytics/",
          "^src/server/modules\\.ts$",
          "^src/server/demo/",
          "^src/server/ops/forecast-backtest\\.ts$",
        ],
      },
      to: { path: "^src/server/modules/analytics/" },
    },
    {
      name: "analytics-writes-only-its-tables",
      comment:
        "analytics builds its own reporting tables from tickets and events: it holds no other module's table and no command",
      severity: "error",
      from: { path: "^src/server/modules/analytics/" },
      to: {
        path: ["^src/server/modules/(?!analytics/)[^/]+/.*\\.tables\\.ts$", "/(use-cases|commands)/"],
        pathNot: "^src/server/modules/analytics/",
      },
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

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

// The layering rules of .dependency-cruiser.cjs, run on a small throwaway tree that mimics the
// repository's layout: each rule must report its deliberate violation, and allowed imports none.
const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as {
  forbidden: IFlattenedRuleSet["forbidden"];
};

const root = mkdtempSync(path.join(tmpdir(), "depcruise-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, "t-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = tree(files);
  const out = await cruise(["src"], {
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    baseDir: dir,
    tsPreCompilationDeps: true,
  });
  const result = out.output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

const M = "src/server/modules";
const base = {
  [`${M}/tickets/tickets.tables.ts`]: "export const tickets = 1;\n",
  [`${M}/tickets/index.ts`]: "export const findTicket = 1;\n",
  [`${M}/assignment/index.ts`]: "export const assignment = 1;\n",
  [`${M}/teams/index.ts`]: "export const teamExists = 1;\n",
  [`${M}/sla/index.ts`]: "export const sla = 1;\n",
  [`${M}/customers/index.ts`]: "export const customers = 1;\n",
};

describe("dependency rules", () => {
  it("accepts the allowed directions", async () => {
    expect(
      await violations({
        ...base,
        [`${M}/tickets/tickets.repository.ts`]:
          'import { tickets } from "./tickets.tables";\nexport const t = tickets;\n',
        [`${M}/tickets/use-cases/create.ts`]:
          'import { customers } from "../../customers/index";\nexport const c = customers;\n',
        [`${M}/assignment/use.ts`]:
          'import { findTicket } from "../tickets/index";\nexport const f = findTicket;\n',
        [`${M}/tickets/use-cases/team.ts`]:
          'import { teamExists } from "../../teams/index";\nexport const t = teamExists;\n',
      }),
    ).toEqual([]);
  });

  it("forbids reaching tickets' tables from another module", async () => {
    const found = await violations({
      ...base,
      [`${M}/sla/monitor.ts`]:
        'import { tickets } from "../tickets/tickets.tables";\nexport const t = tickets;\n',
    });
    expect(found).toContainEqual(expect.stringMatching(/^tickets-tables-private: .*sla\/monitor\.ts/));
  });

  it("forbids tickets' index re-exporting its tables", async () => {
    const found = await violations({
      ...base,
      [`${M}/tickets/index.ts`]: 'export { tickets } from "./tickets.tables";\n',
    });
    expect(found).toContainEqual(expect.stringMatching(/^tickets-index-exports-no-tables: /));
  });

  it("forbids core importing tickets or a module that reacts to tickets", async () => {
    const found = await violations({
      ...base,
      [`${M}/customers/use.ts`]:
        'import { findTicket } from "../tickets/index";\nexport const f = findTicket;\n',
      [`${M}/customers/other.ts`]: 'import { sla } from "../sla/index";\nexport const s = sla;\n',
      [`${M}/teams/use.ts`]:
        'import { assignment } from "../assignment/index";\nexport const a = assignment;\n',
    });
    expect(found).toContainEqual(expect.stringMatching(/^core-imports-only-core: .*customers\/use\.ts/));
    expect(found).toContainEqual(expect.stringMatching(/^core-imports-only-core: .*customers\/other\.ts/));
    expect(found).toContainEqual(expect.stringMatching(/^core-imports-only-core: .*teams\/use\.ts/));
  });

  it("forbids tickets importing a module that reacts to tickets", async () => {
    const found = await violations({
      ...base,
      [`${M}/tickets/use-cases/x.ts`]:
        'import { assignment } from "../../assignment/index";\nexport const r = assignment;\n',
    });
    expect(found).toContainEqual(
      expect.stringMatching(/^tickets-imports-only-core: .*tickets\/use-cases\/x\.ts/),
    );
  });

  it("forbids warranty importing RMAs, and the 三包 engine importing anything outside itself", async () => {
    const found = await violations({
      ...base,
      [`${M}/rma/index.ts`]: "export const rma = 1;\n",
      [`${M}/warranty/index.ts`]: "export const warranty = 1;\n",
      [`${M}/warranty/use-cases/evaluate.ts`]:
        'import { rma } from "../../rma/index";\nexport const r = rma;\n',
      [`${M}/warranty/engine/evaluate.ts`]:
        'import { customers } from "../../customers/index";\nexport const c = customers;\n',
      [`${M}/rma/use.ts`]: 'import { warranty } from "../warranty/index";\nexport const w = warranty;\n',
    });
    expect(found).toContainEqual(
      expect.stringMatching(/^warranty-below-rma: .*warranty\/use-cases\/evaluate\.ts/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^warranty-engine-is-pure: .*warranty\/engine\/evaluate\.ts/),
    );
    expect(found.filter((v) => v.includes("rma/use.ts"))).toEqual([]);
  });

  it("forbids the dispatch optimiser importing anything outside itself", async () => {
    const found = await violations({
      ...base,
      [`${M}/dispatch/optimiser/search.ts`]:
        'import { customers } from "../../customers/index";\nimport { p } from "./problem";\nexport const c = [customers, p];\n',
      [`${M}/dispatch/optimiser/problem.ts`]: "export const p = 1;\n",
    });
    expect(found).toContainEqual(
      expect.stringMatching(/^dispatch-optimiser-is-pure: .*dispatch\/optimiser\/search\.ts → .*customers/),
    );
    expect(found.filter((v) => v.includes("problem"))).toEqual([]);
  });

  it("keeps analytics on top and read-only", async () => {
    const found = await violations({
      ...base,
      [`${M}/analytics/index.ts`]: "export const kpis = 1;\n",
      [`${M}/analytics/rollups.ts`]:
        'import { findTicket } from "../tickets/index";\nimport { tickets } from "../tickets/tickets.tables";\nexport const t = [findTicket, tickets];\n',
      [`${M}/analytics/write.ts`]:
        'import { create } from "../tickets/use-cases/create";\nexport const c = create;\n',
      [`${M}/tickets/use-cases/create.ts`]: "export const create = 1;\n",
      [`${M}/sla/report.ts`]: 'import { kpis } from "../analytics/index";\nexport const k = kpis;\n',
      "src/server/modules.ts":
        'import { kpis } from "./modules/analytics/index";\nexport const m = [kpis];\n',
    });
    expect(found).toContainEqual(expect.stringMatching(/^nothing-imports-analytics: .*sla\/report\.ts/));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^analytics-writes-only-its-tables: .*analytics\/rollups\.ts → .*tickets\.tables\.ts/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^analytics-writes-only-its-tables: .*analytics\/write\.ts/),
    );
    expect(found.filter((v) => v.includes("src/server/modules.ts"))).toEqual([]);
    expect(found.filter((v) => v.includes("→ src/server/modules/tickets/index.ts"))).toEqual([]);
  });

  it("lets the web app import the API's schemas as types only", async () => {
    const found = await violations({
      ...base,
      "src/shared/api/teams.ts": "export const ZTeam = 1;\nexport type Team = { id: string };\n",
      "src/web/typed.ts":
        'import type { Team } from "../shared/api/teams";\nexport const t: Team | null = null;\n',
      "src/web/bundled.ts": 'import { ZTeam } from "../shared/api/teams";\nexport const z = ZTeam;\n',
    });
    expect(found).toEqual([expect.stringMatching(/^web-imports-api-schemas-as-types: .*web\/bundled\.ts/)]);
  });
});

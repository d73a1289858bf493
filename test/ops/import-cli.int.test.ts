import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), "aftercare-import-cli-"));
// Always a fresh PGlite database in a temporary directory, whichever engine the suite runs on.
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "src/server/cli.ts", ...args], {
    env: { ...inherited, AFTERCARE_DATA_DIR: dataDir, AFTERCARE_LOG_LEVEL: "silent" },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// `npx aftercare import …` as an operator runs it: progress on stderr, the report on stdout.
describe("npx aftercare import", () => {
  it("dry-runs, applies, re-imports as unchanged, and reports bad rows with exit code 2", async () => {
    const created = await cli([
      "tenant",
      "create",
      "--name",
      "Shop",
      "--slug",
      "shop",
      "--admin-email",
      "a@shop.test",
      "--admin-password",
      "long-enough",
      "--locale",
      "en",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const file = path.join(dataDir, "products.csv");
    writeFileSync(file, "sku,name,warrantyMonths\r\nCLI-TV,TV,24\r\nCLI-AC,Air conditioner,twelve\r\n");

    const dry = await cli(["import", "products", file, "--tenant", "shop", "--dry-run"]);
    expect(dry.code).toBe(2);
    expect(dry.stdout).toContain("row 2\tcreate\tCLI-TV");
    expect(dry.stdout).toContain("Row 3, column warrantyMonths: not a valid value.");
    expect(dry.stdout).toContain(
      "dry run (nothing written): 1 to create, 0 to update, 0 unchanged, 1 with errors",
    );
    expect(dry.stderr).toContain("import products [");
    expect(dry.stderr).toContain("2/2");

    writeFileSync(file, "sku,name,warrantyMonths\r\nCLI-TV,TV,24\r\n");
    const applied = await cli(["import", "products", file]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("applied: 1 to create");
    const again = await cli(["import", "products", file]);
    expect(again.stdout).toContain("applied: 0 to create, 0 to update, 1 unchanged, 0 with errors");
  }, 240_000);
});

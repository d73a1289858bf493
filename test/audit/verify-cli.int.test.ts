import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/platform/db/client.js";

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), "aftercare-audit-cli-"));
// The embedded database in a data dir of its own, as an operator without a server would run it.
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "src/server/cli.ts", ...args], {
    env: { ...inherited, AFTERCARE_DATA_DIR: dataDir, AFTERCARE_LOG_LEVEL: "silent" },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("npx aftercare verify-audit", () => {
  it("prints the public key, seals, says ok, and names the kind and entry of a change with exit code 2", async () => {
    const created = await cli([
      "tenant",
      "create",
      "--name",
      "Audit Co",
      "--slug",
      "audit-co",
      "--admin-email",
      "boss@audit-co.test",
      "--admin-password",
      "long-enough",
    ]);
    expect(created.code).toBe(0);
    const { tenantId } = JSON.parse(created.stdout) as { tenantId: string };

    const first = await cli(["verify-audit", "--seal"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^audit public key: aftercare-audit\+[0-9a-f]{8}\+\S+$/m);
    expect(first.stdout).toContain(`${tenantId}: ok`);
    expect(statSync(path.join(dataDir, "audit-signing.key")).mode & 0o777).toBe(0o600);

    const db = await openDatabase({ dataDir });
    await db.query("update audit_log set action = 'user.deleted' where tenant_id = $1 and seq = 1", [
      tenantId,
    ]);
    await db.close();

    const second = await cli(["verify-audit"]);
    expect(second.code).toBe(2);
    expect(second.stdout).toContain(`${tenantId}: BROKEN at entry 1`);
    expect(second.stdout).toMatch(
      /altered at entry 1 \(entries\)[^\n]*\n {2}rewritten at entry 1 \(database\)/,
    );
  }, 240_000); // three cold starts of the CLI
});

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, TenantInputError, tenantSummaries } from "../../src/server/ops/tenants.js";
import { type Harness, startHarness } from "../harness.js";
import { testDbKind } from "../test-database.js";

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ["--import", "tsx", "src/server/cli.ts", ...args], {
    env: { ...process.env, ...env, AFTERCARE_LOG_LEVEL: "silent" },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

describe("operators create tenants", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it("creates a tenant whose admin can sign in and work, and lists it", async () => {
    const slug = `acme-${Math.random().toString(36).slice(2, 8)}`;
    const email = `boss@${slug}.test`;
    const { tenantId, adminId } = await createTenant(h.services.db, {
      name: "Acme 售后",
      slug,
      adminEmail: email,
      adminPassword: "long-enough",
      timezone: "Europe/Berlin",
      locale: "en",
    });
    const token = await h.login(email, "long-enough");
    const me = await h.call("GET", "/api/v1/me", { token });
    expect(me.body).toMatchObject({ id: adminId, role: "admin", tenantId });
    const tenant = await h.call("GET", "/api/v1/tenant", { token });
    expect(tenant.body).toMatchObject({ name: "Acme 售后", timezone: "Europe/Berlin", defaultLocale: "en" });
    expect(await tenantSummaries(h.services.db)).toContainEqual(
      expect.objectContaining({ tenantId, slug, timezone: "Europe/Berlin", locale: "en" }),
    );
  });

  it("refuses a taken slug or e-mail and names every bad option, writing nothing", async () => {
    const before = (await tenantSummaries(h.services.db)).length;
    const slug = `dup-${Math.random().toString(36).slice(2, 8)}`;
    const ok = {
      name: "A",
      slug,
      adminEmail: `a@${slug}.test`,
      adminPassword: "long-enough",
      timezone: "Asia/Shanghai",
      locale: "zh-CN" as const,
    };
    await createTenant(h.services.db, ok);
    await expect(createTenant(h.services.db, { ...ok, adminEmail: `other@${slug}.test` })).rejects.toThrow(
      /slug .* exists/,
    );
    await expect(createTenant(h.services.db, { ...ok, slug: `${slug}-2` })).rejects.toThrow(
      /admin-email: a user .* exists/,
    );
    const bad = createTenant(h.services.db, {
      ...ok,
      slug: "Bad_Slug",
      adminEmail: "nope",
      adminPassword: "short",
      timezone: "Mars/Base",
    });
    await expect(bad).rejects.toBeInstanceOf(TenantInputError);
    await expect(bad).rejects.toThrow(/--slug[\s\S]*--admin-email[\s\S]*--admin-password[\s\S]*--timezone/);
    expect((await tenantSummaries(h.services.db)).length).toBe(before + 1);
  });
});

// The command itself, as an operator runs it, on a fresh database of the project's engine.
async function freshDatabaseEnv(
  dataDir: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (testDbKind() === "pglite" || !adminUrl)
    return { env: { AFTERCARE_DATA_DIR: dataDir }, drop: async () => {} };
  const name = `aftercare_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { AFTERCARE_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

describe("npx aftercare tenant", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "aftercare-cli-"));
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  beforeAll(async () => {
    db = await freshDatabaseEnv(dataDir);
  });
  afterAll(async () => {
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("migrates, creates, prints JSON, fails with exit code 1 on bad input, and lists", async () => {
    const env = db.env;
    const created = await cli(
      [
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
      ],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    const ids = JSON.parse(created.stdout);
    expect(ids.tenantId).toMatch(/^ten_/);
    expect(ids.adminId).toMatch(/^usr_/);

    const again = await cli(
      [
        "tenant",
        "create",
        "--name",
        "Shop",
        "--slug",
        "shop",
        "--admin-email",
        "b@shop.test",
        "--admin-password",
        "long-enough",
      ],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a tenant with slug "shop" exists already');

    const listed = await cli(["tenant", "list"], env);
    const lines = listed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        tenantId: ids.tenantId,
        slug: "shop",
        timezone: "Asia/Shanghai",
        locale: "zh-CN",
      }),
    ]);
  }, 120_000);
});

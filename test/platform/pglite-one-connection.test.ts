import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/server/platform/db/client.js";

// The embedded database is one connection. Code inside a transaction that reads through the shared
// database object (a cached setting loaded on a cold cache, say) used to wait for its own
// transaction forever and wedge the server: every later request hung.
let database: Database;
beforeAll(async () => {
  database = await openDatabase({});
  await database.query("create table notes (id int primary key, body text)");
});
afterAll(() => database.close());

const count = async () => (await database.query<{ n: number }>("select count(*)::int as n from notes"))[0]?.n;

describe("the embedded database's one connection", () => {
  it("answers a read issued outside the transaction from inside it, with the transaction's own writes", async () => {
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into notes values (1, 'inside')`);
      return database.query<{ body: string }>("select body from notes where id = 1");
    });
    expect(seen).toEqual([{ body: "inside" }]);
    expect(await count()).toBe(1);
  });

  it("rolls back a nested transaction on the shared object alone, and keeps the outer one", async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into notes values (2, 'kept')`);
      await expect(
        database.db.transaction(async (inner) => {
          await inner.execute(sql`insert into notes values (3, 'dropped')`);
          throw new Error("nested failure");
        }),
      ).rejects.toThrow("nested failure");
    });
    expect(await database.query("select id from notes where id in (2, 3) order by id")).toEqual([{ id: 2 }]);
  });

  it("still makes a query from elsewhere wait for the commit, and never sees a rolled-back write", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let started!: () => void;
    const inTx = new Promise<void>((r) => {
      started = r;
    });
    const tx = database.db
      .transaction(async (t) => {
        await t.execute(sql`insert into notes values (4, 'rolled back')`);
        started();
        await held;
        throw new Error("abort");
      })
      .catch(() => undefined);
    await inTx;
    const outside = database.query("select id from notes where id = 4");
    release();
    await tx;
    expect(await outside).toEqual([]);
  });
});

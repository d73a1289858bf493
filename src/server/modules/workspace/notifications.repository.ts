import type { Db } from "../../platform/db/client.js";
import { notifications } from "./workspace.tables.js";

// An in-app notification for one user (triggers, mail intake, webhook failures write them).
export async function insertNotification(db: Db, row: typeof notifications.$inferInsert): Promise<void> {
  await db.insert(notifications).values(row);
}

// Many notices in one INSERT (a drain's batch of assignments).
export async function insertNotifications(
  db: Db,
  rows: (typeof notifications.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

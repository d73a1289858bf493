import { and, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { exams } from "../training.tables.js";

export async function findExam(db: Db, tenantId: string, id: string) {
  const [e] = await db
    .select()
    .from(exams)
    .where(and(eq(exams.tenantId, tenantId), eq(exams.id, id)));
  if (!e) throw new AppError("exam.not_found");
  return e;
}

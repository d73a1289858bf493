import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { type PersonalPatterns, personalPatterns } from "../../../platform/privacy/personal-patterns.js";
import { customerAccounts } from "../../auth/index.js";
import { type CustomerRow, findCustomer } from "../../customers/index.js";
import { units } from "../../products/index.js";
import { customerTicketIds } from "../../tickets/index.js";

// Everything that identifies one customer across the modules: their record, portal accounts,
// units and tickets, and the patterns that find their name, e-mail and phone in free text.
export type DataSubject = {
  tenantId: string;
  customer: CustomerRow;
  accounts: Awaited<ReturnType<typeof customerAccounts>>;
  unitIds: string[];
  ticketIds: string[];
  who: PersonalPatterns;
};

export async function loadDataSubject(db: Db, tenantId: string, customerId: string): Promise<DataSubject> {
  const customer = await findCustomer(db, tenantId, customerId);
  if (!customer) throw new AppError("customer.not_found");
  const accounts = await customerAccounts(db, tenantId, customerId);
  const unitRows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.customerId, customerId)))
    .orderBy(asc(units.createdAt));
  // Each account's sign-in address counts too (it may differ from the record's). Account names
  // are replaced on the account itself, not searched for elsewhere: a staff-chosen label such as
  // "customer a" would match other people's text.
  const who = personalPatterns(customer, `erased-${randomBytes(4).toString("hex")}`);
  for (const a of accounts) {
    for (const p of personalPatterns({ email: a.email }, who.pseudonym).patterns)
      if (!who.patterns.includes(p)) who.patterns.push(p);
  }
  return {
    tenantId,
    customer,
    accounts,
    unitIds: unitRows.map((u) => u.id),
    ticketIds: await customerTicketIds(db, tenantId, customerId),
    who,
  };
}

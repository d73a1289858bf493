import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { TicketRow } from "../tickets.repository.js";

// What must hold before a ticket is resolved, asked by modules that build on tickets (the
// knowledge module: a required SOP's control points ticked). Tickets cannot import them, so they
// provide their check when the modules are wired; a check refuses by throwing a translated AppError.
export type ResolveCheck = (tx: Db, ticket: TicketRow) => Promise<void>;

const checks = new Map<string, ResolveCheck>();

export function provideResolveCheck(name: string, check: ResolveCheck): void {
  checks.set(name, check);
}

export async function runResolveChecks(tx: Db, ticket: TicketRow): Promise<void> {
  for (const check of checks.values()) await check(tx, ticket);
}

// For resolutions nobody is there to refuse (a technician's check-out, queued offline on the
// phone): whether every check holds, instead of an error the check-out would fail on.
export async function resolveChecksPass(tx: Db, ticket: TicketRow): Promise<boolean> {
  try {
    await runResolveChecks(tx, ticket);
    return true;
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
}

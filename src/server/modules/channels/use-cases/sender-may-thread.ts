import type { Db } from "../../../platform/db/client.js";
import type { TicketRow } from "../../tickets/index.js";
import { isThreadParticipant, referencesOurMail } from "../channels.repository.js";
import type { ParsedMail } from "../mail/parse.js";
import { normaliseAddress } from "./normalise-address.js";

// Service-order numbers are sequential and printed on every mail, so naming one proves nothing.
// A mail joins an existing ticket only when its sender is already part of that ticket's thread,
// or it quotes one of the (random) Message-IDs we sent about that ticket.
export async function senderMayThread(
  tx: Db,
  tenantId: string,
  ticket: TicketRow,
  mail: Pick<ParsedMail, "fromAddress" | "threadIds">,
): Promise<boolean> {
  if (await referencesOurMail(tx, tenantId, ticket.id, mail.threadIds)) return true;
  const address = normaliseAddress(mail.fromAddress);
  if (!address) return false;
  return isThreadParticipant(tx, tenantId, ticket, address);
}

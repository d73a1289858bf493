import { defineDomainEvent } from "../events.js";

// Emitted by the sealer inside the transaction that stores a new signed checkpoint: a subscriber's
// work (e.g. enqueueing a witness mail) commits with the checkpoint or not at all. Keep handlers to
// plain inserts: a failing handler makes the seal fail (loudly, in audit_heads.sealer_error).
export type CheckpointSigned = { tenantId: string; treeSize: number; note: string };
export const AUDIT_CHECKPOINT_SIGNED = defineDomainEvent<CheckpointSigned>("audit.checkpoint_signed");

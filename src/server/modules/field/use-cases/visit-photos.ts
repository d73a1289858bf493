import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { checkAttachment } from "../../tickets/index.js";
import type { TVisitPhoto } from "../field.schemas.js";
import { type VisitPhoto, visits } from "../field.tables.js";
import { claimActionKey } from "./action-key.js";
import { recordStep, visitDto, visitInScope } from "./visit-context.js";

const DESK = ["admin", "supervisor", "agent"];
// Enough to document a job; the report stays a few pages.
const MAX_VISIT_PHOTOS = 12;

// A photo taken on site by the visit's technician (or the desk), while on site or just after
// check-out. The bytes must really be the JPEG/PNG the data URL declares (the same sniffing as
// ticket attachments). An offline resend under the same Idempotency-Key adds nothing twice.
export async function addVisitPhoto(s: Services, actor: Actor, id: string, input: TVisitPhoto, key?: string) {
  const comma = input.image.indexOf(",");
  const contentType = input.image.slice(5, input.image.indexOf(";")) as VisitPhoto["contentType"];
  const bytes = new Uint8Array(Buffer.from(input.image.slice(comma + 1), "base64"));
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, "photo");
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    const mine = actor.role === "technician" && actor.userId === visit.technicianId;
    if (!DESK.includes(actor.role) && !mine) throw new AppError("auth.forbidden");
    if (visit.status !== "on_site" && visit.status !== "done")
      throw new AppError("field.invalid_transition", { status: visit.status, action: "photo" });
    if (!checkAttachment(contentType, bytes).ok)
      throw new AppError("attachment.type_not_allowed", { type: contentType });
    if (visit.photos.length >= MAX_VISIT_PHOTOS)
      throw new AppError("field.photo_limit", { limit: MAX_VISIT_PHOTOS });
    // Content-addressed: a rolled-back write leaves at most an unreferenced file, never a row
    // pointing at nothing.
    const stored = await s.files.put(actor.tenantId, bytes);
    const now = s.clock.now();
    const photo: VisitPhoto = {
      id: newId("vph"),
      storageKey: stored.key,
      contentType,
      size: stored.size,
      takenAt: now.toISOString(),
    };
    const [row] = await tx
      .update(visits)
      .set({ photos: [...visit.photos, photo], updatedAt: now })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id)))
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, { action: "photo_added", from: visit.status, to: visit.status });
    return visitDto(tx, row);
  });
}

// One photo of a visit the caller may see, with its bytes.
export async function readVisitPhoto(s: Services, actor: Actor, id: string, photoId: string) {
  const { visit } = await visitInScope(s.db, actor, id);
  const photo = visit.photos.find((p) => p.id === photoId);
  if (!photo) throw new AppError("field.photo_not_found");
  return { photo, bytes: await s.files.get(photo.storageKey) };
}

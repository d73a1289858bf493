import { z } from "@hono/zod-openapi";

const skills = z.array(z.string().trim().min(1).max(40)).max(50);
const id = z.string().min(1).max(100);

export const ZTeamInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    skills: skills.optional(),
    memberIds: z.array(id).max(500).optional(),
  })
  .strict();
export const ZTeamPatch = ZTeamInput.partial();
export const ZMember = z.object({ userId: id }).strict();
export const ZUserIdParam = z.object({ id, userId: id });

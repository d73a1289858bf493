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

const skillName = z.string().trim().min(1).max(100);
export const ZSkillInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "request.invalid_skill_code"),
    nameZh: skillName,
    nameEn: skillName,
  })
  .strict()
  .openapi("SkillInput");
export const ZSkillPatch = z.object({ nameZh: skillName.optional(), nameEn: skillName.optional() }).strict();
export const ZSkillParam = z.object({ code: z.string().min(1).max(50) });

import { z } from "zod";

// Response shapes of the teams API, shared by the server's routes (validation and OpenAPI) and the
// web app (types only: `import type`, so zod stays out of the bundle).
export const ZTeam = z.object({
  id: z.string(),
  name: z.string(),
  skills: z.array(z.string()),
  memberIds: z.array(z.string()),
  createdAt: z.string(),
});
export type Team = z.infer<typeof ZTeam>;

// A skill of the managed list; `managed: false` for a code users, teams or products hold that the
// list does not name yet (shown by its code).
export const ZSkill = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  managed: z.boolean(),
});
export type Skill = z.infer<typeof ZSkill>;

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

import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { teamDtos } from "../teams.repository.js";

export const listTeams = (s: Services, actor: Actor) => teamDtos(s.db, actor.tenantId);

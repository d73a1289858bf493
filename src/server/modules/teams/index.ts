export { teamsModule } from "./teams.module.js";
export { teamExists, teamMembership } from "./teams.repository.js";

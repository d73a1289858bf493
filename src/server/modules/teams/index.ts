export { teamsModule } from "./teams.module.js";
export { teamDtos, teamExists, teamMembership } from "./teams.repository.js";
export { skills } from "./teams.tables.js";

import { useAgents } from "../users/api";
import { useTeams } from "./triggers-api";

// Names for the team and user ids a macro's fields hold (never a raw id on screen).
export function useActionNames() {
  const teams = useTeams();
  const agents = useAgents();
  return {
    team: (id: string) => teams.data?.items.find((x) => x.id === id)?.name,
    user: (id: string) => agents.data?.items.find((u) => u.id === id)?.name,
  };
}

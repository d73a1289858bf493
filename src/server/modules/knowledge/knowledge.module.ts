import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./knowledge.isolation.js";
import { registerKnowledgeRoutes } from "./knowledge.routes.js";

export const knowledgeModule = defineModule({
  name: "knowledge",
  isolationFixtures,
  routes: registerKnowledgeRoutes,
});

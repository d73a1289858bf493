import { defineModule } from "../../platform/module.js";
import { provideResolveCheck } from "../tickets/index.js";
import { isolationFixtures } from "./knowledge.isolation.js";
import { registerKnowledgeRoutes } from "./knowledge.routes.js";
import { requiredSopsDone } from "./sops/sop-resolve-check.js";
import { registerSopRoutes } from "./sops.routes.js";
import { registerTicketArticleRoutes } from "./ticket-articles.routes.js";

// Articles, search and the assistant; the SOP library, whose required checklists tickets ask
// before resolving (provided here, when the modules are wired: tickets cannot import knowledge).
export const knowledgeModule = defineModule({
  name: "knowledge",
  isolationFixtures,
  routes: (app, s) => {
    provideResolveCheck("knowledge.required_sops", requiredSopsDone);
    registerKnowledgeRoutes(app, s);
    registerSopRoutes(app, s);
    registerTicketArticleRoutes(app, s);
  },
});

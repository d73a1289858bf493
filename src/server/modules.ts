import { auditModule } from "./modules/audit/index.js";
import { authModule } from "./modules/auth/index.js";
import { channelsModule } from "./modules/channels/index.js";
import { customersModule } from "./modules/customers/index.js";
import { partsModule } from "./modules/parts/index.js";
import { productsModule } from "./modules/products/index.js";
import { routingModule } from "./modules/routing/index.js";
import { slaModule } from "./modules/sla/index.js";
import { tenancyModule } from "./modules/tenancy/index.js";
import { ticketsModule } from "./modules/tickets/index.js";
import { webhooksModule } from "./modules/webhooks/index.js";
import type { ModuleDefinition } from "./platform/module.js";

// Every module of the server, in the order their routes are mounted and their subscribers hear a
// change: core first, then tickets, then the modules that react to tickets (SLA before routing, so
// SLA has seen a ticket's creation before routing's own changes to it; then channels, and webhooks,
// which only read the change, last).
export const MODULES: readonly ModuleDefinition[] = [
  authModule,
  tenancyModule,
  customersModule,
  productsModule,
  ticketsModule,
  slaModule,
  auditModule,
  routingModule,
  channelsModule,
  webhooksModule,
  partsModule,
];

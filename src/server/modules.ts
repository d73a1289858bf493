import { analyticsModule } from "./modules/analytics/index.js";
import { assignmentModule } from "./modules/assignment/index.js";
import { auditModule } from "./modules/audit/index.js";
import { authModule } from "./modules/auth/index.js";
import { callbacksModule } from "./modules/callbacks/index.js";
import { channelsModule } from "./modules/channels/index.js";
import { chatModule } from "./modules/chat/index.js";
import { complaintsModule } from "./modules/complaints/index.js";
import { customersModule } from "./modules/customers/index.js";
import { dispatchModule } from "./modules/dispatch/index.js";
import { fieldModule } from "./modules/field/index.js";
import { improvementModule } from "./modules/improvement/index.js";
import { knowledgeModule } from "./modules/knowledge/index.js";
import { loyaltyModule } from "./modules/loyalty/index.js";
import { partsModule } from "./modules/parts/index.js";
import { presenceModule } from "./modules/presence/index.js";
import { privacyModule } from "./modules/privacy/index.js";
import { productsModule } from "./modules/products/index.js";
import { registrationsModule } from "./modules/registrations/index.js";
import { rmaModule } from "./modules/rma/index.js";
import { slaModule } from "./modules/sla/index.js";
import { surveysModule } from "./modules/surveys/index.js";
import { teamsModule } from "./modules/teams/index.js";
import { tenancyModule } from "./modules/tenancy/index.js";
import { ticketsModule } from "./modules/tickets/index.js";
import { trainingModule } from "./modules/training/index.js";
import { triggersModule } from "./modules/triggers/index.js";
import { vocAlertsModule } from "./modules/voc-alerts/index.js";
import { warrantyModule } from "./modules/warranty/index.js";
import { webhooksModule } from "./modules/webhooks/index.js";
import { workspaceModule } from "./modules/workspace/index.js";
import type { ModuleDefinition } from "./platform/module.js";

// Every module of the server, in the order their routes are mounted and their subscribers hear a
// change: core first, then tickets, then the modules that react to tickets (SLA before assignment,
// so SLA has seen a ticket's creation before routing's own changes to it; then channels, and
// webhooks, which only read the change, last). Teams, presence, assignment, triggers and workspace
// were one "routing" module: they keep its place and its route order as near as their layers allow.
// Warranty (三包) and RMAs build on core and tickets and hear nothing. Surveys hear a closure after
// channels (the closing notice goes first) and before webhooks; complaints attach their record to a
// complaint ticket after routing and SLA have seen its creation, and enqueue a major one's escalation;
// callbacks hear a resolution after them. Loyalty hears registrations and survey answers (their
// own domain events) and attaches redeemed plans through warranty. The chat builds on knowledge (the
// assistant answers first) and opens tickets through tickets' commands; its WeChat channel hears
// ticket changes after channels (template notices to customers bound to WeChat).
export const MODULES: readonly ModuleDefinition[] = [
  authModule,
  tenancyModule,
  customersModule,
  productsModule,
  ticketsModule,
  warrantyModule,
  rmaModule,
  slaModule,
  auditModule,
  teamsModule,
  presenceModule,
  assignmentModule,
  triggersModule,
  workspaceModule,
  channelsModule,
  knowledgeModule,
  chatModule,
  surveysModule,
  complaintsModule,
  callbacksModule,
  vocAlertsModule,
  webhooksModule,
  privacyModule,
  partsModule,
  fieldModule,
  dispatchModule,
  registrationsModule,
  loyaltyModule,
  trainingModule,
  improvementModule,
  analyticsModule,
];

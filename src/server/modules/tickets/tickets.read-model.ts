import { getViewSelectedFields } from "drizzle-orm";
import { pgView } from "drizzle-orm/pg-core";
import { ticketColumnsConfig } from "./tickets.tables.js";

// The tickets table as other modules may use it in their own SQL (queue counts, SLA monitor,
// saved views): the same relation, typed as a view, so drizzle lets them select, join and filter
// but never insert, update or delete. Every write goes through a tickets command. `existing()`:
// drizzle-kit does not manage it (the table itself is in tickets.tables.ts).
export const ticketsView = pgView("tickets", ticketColumnsConfig()).existing();

// Every column but search_tokens, which only the search index reads.
const { searchTokens: _searchTokens, ...viewColumns } = getViewSelectedFields(ticketsView);
export const ticketViewColumns = viewColumns;

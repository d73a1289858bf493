import type { Locale } from "../../../shared/i18n/locale.js";
import type { Role } from "../../../shared/roles.js";

// Who is calling: resolved from the bearer token by the auth module's middleware.
export type Actor = {
  userId: string;
  tenantId: string;
  role: Role;
  name: string;
  customerId: string | null;
  outletId: string | null;
  // The service-network node path of staff attached to one: they see that subtree's tickets.
  nodePath?: string | null;
  locale: Locale | null;
  credentialId: string;
};

export type AppEnv = {
  Variables: {
    actor: Actor | undefined;
    requestId: string;
    locale: Locale;
  };
};

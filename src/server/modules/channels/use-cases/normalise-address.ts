// Mail addresses compare case-insensitively and without surrounding blanks; empty is no address.
export const normaliseAddress = (address: string | null | undefined): string | null =>
  address?.trim().toLowerCase() || null;

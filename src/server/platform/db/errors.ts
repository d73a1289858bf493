// PostgreSQL reports a unique violation as SQLSTATE 23505; drizzle may wrap the driver error.
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | undefined;
  return e?.code === "23505" || e?.cause?.code === "23505";
}

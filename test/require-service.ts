// Tests that need a system service (PostgreSQL, Dovecot, Chromium) run when it is there and are
// skipped with a printed reason when it is not, so that a clone of the repository alone passes.
// With CI=true a missing service fails the run instead: CI installs them all (.ci/run), so there
// a missing one is a broken setup, not a reason to test less.
export function requireService(service: string, available: boolean, hint: string): boolean {
  if (available) return true;
  const reason = `${service} is not available (${hint})`;
  if (process.env.CI === "true") throw new Error(`${reason}; CI=true requires it`);
  console.warn(`Skipping the tests that need ${service}: ${reason}.`);
  return false;
}

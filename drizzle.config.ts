import { defineConfig } from "drizzle-kit";

// Schema lives beside each module (*.tables.ts); migrations are generated SQL, applied at start.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/server/platform/**/*.tables.ts", "./src/server/modules/**/*.tables.ts"],
  out: "./migrations",
});

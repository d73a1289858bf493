import type { ErrorCode } from "../../shared/errors/catalog.js";

export type FieldIssue = { path: string; message: string };

// The one error type use cases throw; the HTTP layer maps `code` to status and translated message.
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: FieldIssue[],
  ) {
    super(code);
    this.name = "AppError";
  }
}

import { App, type FormInstance } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import { useEffect } from "react";
import i18n from "../i18n";
import { ApiError } from "./api";

// antd's message API must come from App.useApp() to follow the theme and locale;
// this bridge lets non-component code (query caches) use it too.
let messageApi: MessageInstance | null = null;

export function FeedbackBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    messageApi = message;
    return () => {
      messageApi = null;
    };
  }, [message]);
  return null;
}

export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return i18n.t("common.networkError");
    return err.message || i18n.t("common.unknownError");
  }
  return i18n.t("common.unknownError");
}

export function showError(err: unknown): void {
  messageApi?.error(errorText(err));
}

export function showSuccess(text: string): void {
  messageApi?.success(text);
}

export function showWarning(text: string): void {
  messageApi?.warning(text);
}

const toNamePath = (path: string | (string | number)[]): (string | number)[] => {
  // "(body)" means the request as a whole: no field to attach it to.
  if (typeof path === "string" && path.startsWith("(")) return [];
  const parts = Array.isArray(path) ? path : path.split(/[.[\]]+/).filter(Boolean);
  return parts.map((p) => (typeof p === "string" && /^\d+$/.test(p) ? Number(p) : p));
};

// Puts the server's per-field messages under the fields (no-op when there are none).
export function applyFieldErrors(form: FormInstance, err: unknown): void {
  if (!(err instanceof ApiError) || err.details.length === 0) return;
  const fields = err.details
    .map((d) => ({ name: toNamePath(d.path), errors: [d.message] }))
    .filter((f) => f.name.length > 0);
  form.setFields(fields);
}

import { forgetCachedData } from "./service-worker";
import type { Attachment } from "./types";

const BASE = "/api/v1";
const TOKEN_KEY = "aftercare.token";

export type FieldError = { path: string | (string | number)[]; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];
  constructor(status: number, code: string, message: string, details: FieldError[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => {
    localStorage.removeItem(TOKEN_KEY);
    forgetCachedData();
  },
};

// Set by the app shell: the current UI language and what to do when the session is gone.
let currentLanguage = (): string => "zh-CN";
let onUnauthorized = (): void => {};
export function configureApi(opts: { language: () => string; unauthorized: () => void }) {
  currentLanguage = opts.language;
  onUnauthorized = opts.unauthorized;
}

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

function toSearch(query?: Query): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

type RequestOptions = {
  query?: Query;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  auth401?: boolean;
  // Extra request headers (an Idempotency-Key that makes a retried write safe).
  headers?: Record<string, string>;
};

function headers(extra?: Record<string, string>): Headers {
  const h = new Headers({ Accept: "application/json", "Accept-Language": currentLanguage(), ...extra });
  const token = tokenStore.get();
  if (token) h.set("Authorization", `Bearer ${token}`);
  return h;
}

type ErrorBody = { error?: { code?: string; message?: string; details?: FieldError[] } };

async function failure(res: Response, redirectOn401: boolean): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    // Not JSON (proxy error page, empty body): fall back to the status text.
  }
  if (res.status === 401 && redirectOn401) onUnauthorized();
  const e = body.error;
  return new ApiError(
    res.status,
    e?.code ?? `http.${res.status}`,
    e?.message ?? res.statusText,
    e?.details ?? [],
  );
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const init: RequestInit = { method, signal: opts.signal };
  if (opts.form) {
    init.body = opts.form;
    init.headers = headers(opts.headers);
  } else if (opts.body !== undefined) {
    init.body = JSON.stringify(opts.body);
    init.headers = headers({ "Content-Type": "application/json", ...opts.headers });
  } else {
    init.headers = headers(opts.headers);
  }
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}${toSearch(opts.query)}`, init);
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "network", "");
  }
  if (!res.ok) throw await failure(res, opts.auth401 !== false);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
  del: <T>(path: string) => request<T>("DELETE", path),
  postForm: <T>(path: string, form: FormData) => request<T>("POST", path, { form }),
  upload: (file: Blob, name: string): Promise<Attachment> => {
    const form = new FormData();
    form.append("file", file, name);
    return request<Attachment>("POST", "/attachments", { form });
  },
};

// A form POST answered with NDJSON (one JSON value a line, e.g. an import's progress and then its
// result): each line goes to `onLine` as it arrives.
export async function postFormLines(
  path: string,
  form: FormData,
  onLine: (value: unknown) => void,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      method: "POST",
      body: form,
      headers: headers({ Accept: "application/x-ndjson" }),
    });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (!res.ok) throw await failure(res, true);
  if (!res.body) throw new ApiError(0, "network", "");
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    pending += value ?? "";
    const lines = pending.split("\n");
    pending = done ? "" : (lines.pop() ?? "");
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line));
    if (done) return;
  }
}

// Downloads need the bearer token, so a plain <a href> cannot fetch them: fetch, then save the blob.
// A protected file as a blob (for an in-page preview: an invoice photo).
export async function fetchBlob(path: string): Promise<Blob> {
  const res = await fetch(`${BASE}${path}`, { headers: headers() });
  if (!res.ok) throw await failure(res, true);
  return res.blob();
}

export async function downloadFile(path: string, fileName: string): Promise<Blob> {
  const res = await fetch(`${BASE}${path}`, { headers: headers() });
  if (!res.ok) throw await failure(res, true);
  const blob = await res.blob();
  saveBlob(blob, fileName);
  return blob;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function openAttachment(att: Pick<Attachment, "id" | "name">): Promise<void> {
  await downloadFile(`/attachments/${encodeURIComponent(att.id)}`, att.name);
}

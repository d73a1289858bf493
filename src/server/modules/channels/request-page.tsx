/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { Locale } from "../../../shared/i18n/locale.js";
import { HtmlDocument, renderPage } from "../../platform/http/html-document.js";
import { type PageTextVars, pageText } from "../../platform/i18n/pages.js";

const CSS = `body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
label{display:block;margin-top:.8rem;font-weight:500}input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.4rem;border:1px solid #d9d9d9;border-radius:6px}
textarea{min-height:7rem}button{margin-top:1rem;font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#1677ff;color:#fff;cursor:pointer}
.error{color:#cf1322;font-size:.9rem}`;

function RequestPage(props: { locale: Locale; children: Child }) {
  return (
    <HtmlDocument locale={props.locale} title={pageText(props.locale, "request.title")} css={CSS}>
      {props.children}
    </HtmlDocument>
  );
}

export type FormState = { values: Record<string, string>; invalid: string[] };
const FIELDS = [
  ["name", "text", 200],
  ["email", "email", 254],
  ["phone", "tel", 40],
  ["subject", "text", 200],
  ["description", "textarea", 10000],
] as const;

function Field(props: { locale: Locale; field: (typeof FIELDS)[number]; form?: FormState }) {
  const [name, type, max] = props.field;
  const value = props.form?.values[name] ?? "";
  const required = name !== "phone";
  const testid = `request-${name}`;
  return (
    <>
      <label for={name}>{pageText(props.locale, `request.${name}`)}</label>
      {type === "textarea" ? (
        <textarea id={name} name={name} maxlength={max} required={required} data-testid={testid}>
          {value}
        </textarea>
      ) : (
        <input
          id={name}
          name={name}
          type={type}
          maxlength={max}
          value={value}
          required={required}
          data-testid={testid}
        />
      )}
      {props.form?.invalid.includes(name) && (
        <div class="error" role="alert">
          {pageText(props.locale, "request.invalid")}
        </div>
      )}
    </>
  );
}

// Plain HTML (no script, works in an iframe): a POST to the same address.
export function renderRequestForm(l: Locale, tenantName: string, form?: FormState): string {
  return renderPage(
    <RequestPage locale={l}>
      <h1>{pageText(l, "request.title")}</h1>
      <p>{tenantName}</p>
      <form method="post">
        {FIELDS.map((field) => (
          <Field key={field[0]} locale={l} field={field} form={form} />
        ))}
        <button type="submit" data-testid="request-submit">
          {pageText(l, "request.submit")}
        </button>
      </form>
    </RequestPage>,
  );
}

// The mailed link's page: a button that POSTs to the same address (opening the link does nothing).
export function renderRequestConfirm(l: Locale, subject: string): string {
  return renderPage(
    <RequestPage locale={l}>
      <p data-testid="request-pending">{pageText(l, "request.pending", { subject })}</p>
      <form method="post">
        <button type="submit" data-testid="request-confirm">
          {pageText(l, "request.confirm")}
        </button>
      </form>
    </RequestPage>,
  );
}

type MessageKey = "held" | "created" | "already" | "invalidLink" | "rateLimited" | "noTenant";

export function renderRequestMessage<K extends MessageKey>(
  l: Locale,
  key: K,
  ...vars: PageTextVars<`request.${K}`>
): string {
  return renderPage(
    <RequestPage locale={l}>
      <p data-testid={`request-${key}`}>{pageText(l, `request.${key}`, ...vars)}</p>
    </RequestPage>,
  );
}

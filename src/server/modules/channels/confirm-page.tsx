/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { Locale } from "../../../shared/i18n/locale.js";
import { HtmlDocument, renderPage } from "../../platform/http/html-document.js";
import { pageText } from "../../platform/i18n/pages.js";
import type { ConfirmView } from "./use-cases/view-confirm.js";

const CSS = `body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f1f1f}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #d9d9d9;cursor:pointer;margin:.5rem 0}
.yes{background:#1677ff;color:#fff;border-color:#1677ff}textarea{width:100%;min-height:5rem;font:inherit}
.error{color:#cf1322}form{margin:1.5rem 0}`;

function ConfirmPage(props: { locale: Locale; children: Child }) {
  return (
    <HtmlDocument locale={props.locale} title={pageText(props.locale, "confirm.title")} css={CSS} noindex>
      {props.children}
    </HtmlDocument>
  );
}

function YesForm(props: { locale: Locale }) {
  return (
    <form method="post">
      <input type="hidden" name="answer" value="confirm" />
      <button class="yes" type="submit" data-testid="confirm-yes">
        {pageText(props.locale, "confirm.yes")}
      </button>
    </form>
  );
}

function NoForm(props: { locale: Locale; error: boolean }) {
  const l = props.locale;
  return (
    <form method="post">
      <input type="hidden" name="answer" value="reject" />
      <label for="reason">{pageText(l, "confirm.reasonLabel")}</label>
      {props.error && (
        <p class="error" role="alert">
          {pageText(l, "confirm.reasonRequired")}
        </p>
      )}
      <textarea id="reason" name="reason" maxlength={2000} data-testid="confirm-reason"></textarea>
      <button type="submit" data-testid="confirm-no">
        {pageText(l, "confirm.no")}
      </button>
    </form>
  );
}

function ConfirmBody({ view, preferNo }: { view: ConfirmView; preferNo: boolean }) {
  const l = view.locale;
  switch (view.state) {
    case "invalid":
      return <p data-testid="confirm-invalid">{pageText(l, "confirm.invalid")}</p>;
    case "superseded":
      return (
        <p data-testid="confirm-superseded">{pageText(l, "confirm.superseded", { number: view.number })}</p>
      );
    case "answered":
      return <p data-testid="confirm-answered">{pageText(l, "confirm.answered", { number: view.number })}</p>;
    case "done": {
      const key = view.answer === "confirm" ? "confirm.thanksConfirm" : "confirm.thanksReject";
      return <p data-testid="confirm-done">{pageText(l, key, { number: view.number })}</p>;
    }
    case "open": {
      const error = view.error === "reason";
      const question = pageText(l, "confirm.question", {
        name: view.name,
        number: view.number,
        subject: view.subject,
      });
      // A "no" link (or a reject sent without its reason) puts the reason form first.
      const noFirst = preferNo || error;
      return (
        <>
          <h1>{pageText(l, "confirm.title")}</h1>
          <p>{question}</p>
          {noFirst ? <NoForm locale={l} error={error} /> : <YesForm locale={l} />}
          {noFirst ? <YesForm locale={l} /> : <NoForm locale={l} error={error} />}
        </>
      );
    }
  }
}

// Server-rendered, no script: the only way to act is to press a button (a POST).
export function renderConfirmPage(view: ConfirmView, preferNo: boolean): string {
  return renderPage(
    <ConfirmPage locale={view.locale}>
      <ConfirmBody view={view} preferNo={preferNo} />
    </ConfirmPage>,
  );
}

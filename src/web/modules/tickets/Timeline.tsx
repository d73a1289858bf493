import { DownOutlined, HistoryOutlined, LockOutlined, RightOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Empty, Tag, Typography } from "antd";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TimeText } from "../../app/format";
import { isStaff, type Message, type TicketEvent } from "../../app/types";
import { AttachmentList } from "../../ui/AttachmentList";

type Entry =
  | { kind: "message"; at: string; message: Message }
  | { kind: "events"; at: string; events: TicketEvent[] };

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

// Events between two messages collapse into one group; message_added just repeats the message.
function merge(messages: Message[], events: TicketEvent[]): Entry[] {
  const all = [
    ...messages.map((m) => ({ at: m.createdAt, message: m, event: null })),
    ...events
      .filter((e) => e.type !== "message_added")
      .map((e) => ({ at: e.createdAt, message: null, event: e })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const out: Entry[] = [];
  for (const x of all) {
    const last = out[out.length - 1];
    if (x.message) out.push({ kind: "message", at: x.at, message: x.message });
    else if (x.event && last?.kind === "events") last.events.push(x.event);
    else if (x.event) out.push({ kind: "events", at: x.at, events: [x.event] });
  }
  return out;
}

function fieldValue(t: TFunction, field: string, v: unknown): string {
  const s = str(v);
  if (!s) return t("common.none");
  if (field === "priority") return t(`priority.${s}`, { defaultValue: s });
  if (field === "type") return t(`type.${s}`, { defaultValue: s });
  if (field === "status") return t(`status.${s}`, { defaultValue: s });
  if (Array.isArray(v)) return v.length ? v.join(", ") : t("common.none");
  return s;
}

function fieldLabel(t: TFunction, field: string): string {
  if (field === "priority") return t("ticket.priority");
  if (field === "type") return t("queue.type");
  if (field === "assigneeId") return t("ticket.assignee");
  if (field === "tags" || field === "teamId" || field === "node") return t(`timeline.field.${field}`);
  return field;
}

const triggerNames = (v: unknown): string =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === "object" && x ? str((x as { name?: unknown }).name) : str(x))).join(", ")
    : "";

// A reason is free text, or a code the server wrote (a tier change, the triggers that assigned).
function reasonText(t: TFunction, v: unknown): string {
  if (typeof v === "string") return v === "customer_tier" ? t("timeline.reasonCode.customer_tier") : v;
  if (v && typeof v === "object" && "triggers" in v)
    return t("timeline.reasonCode.triggers", { names: triggerNames((v as { triggers: unknown }).triggers) });
  return "";
}

function describeEvent(t: TFunction, e: TicketEvent, names: (id: string) => string | undefined): string {
  const d = e.data ?? {};
  const who = (v: unknown) => str(d.toName) || names(str(v)) || str(v);
  switch (e.type) {
    case "created":
    case "merged_into":
    case "merged_from":
    case "auto_closed":
    case "first_response":
      return t(`timeline.event.${e.type}`);
    case "status_changed":
      return t("timeline.event.status_changed", {
        from: fieldValue(t, "status", d.from),
        to: fieldValue(t, "status", d.to),
      });
    case "field_changed": {
      const field = str(d.field);
      return t("timeline.event.field_changed", {
        field: fieldLabel(t, field),
        from: fieldValue(t, field, d.from),
        to: fieldValue(t, field, d.to),
      });
    }
    case "assigned":
      return d.to ? t("timeline.event.assigned", { to: who(d.to) }) : t("timeline.event.unassigned");
    case "escalated":
      return t("timeline.event.escalated", { from: str(d.from), to: str(d.to) });
    case "sla_warning":
    case "sla_breached":
      return t(`timeline.event.${e.type}`, {
        metric: t(`sla.metric.${str(d.metric)}`, { defaultValue: "SLA" }),
      });
    case "sla_paused":
      return t("timeline.event.sla_paused", { status: fieldValue(t, "status", d.status) });
    case "sla_resumed":
    case "sla_policy_changed":
      return t(`timeline.event.${e.type}`);
    case "escalation_step":
      return t("timeline.event.escalation_step", { level: str(d.level) });
    case "rma_opened":
      return t("timeline.event.rma_opened", {
        number: str(d.number),
        kind: t(`sanbao.kind.${str(d.kind)}` as "sanbao.kind.repair", { defaultValue: str(d.kind) }),
      });
    case "rma_step":
      return t("timeline.event.rma_step", {
        number: str(d.number),
        step: t(`sanbao.step.${str(d.action)}` as "sanbao.step.close", {
          result: d.result ? t(`sanbao.qa.${str(d.result)}` as "sanbao.qa.pass") : "",
          amount: str(d.amount),
          stage: d.stage ? t(`sanbao.followUp.${str(d.stage)}` as "sanbao.followUp.after_shipment") : "",
          outcome: d.outcome ? t(`sanbao.followUp.${str(d.outcome)}` as "sanbao.followUp.reached") : "",
        }),
        detail: [
          d.trackingNo ? `${str(d.carrier)} ${str(d.trackingNo)}`.trim() : "",
          d.replacementSerial
            ? t("timeline.event.rma_replacement", {
                serial: str(d.replacementSerial),
                date: str(d.replacementWarrantyEndsAt),
              })
            : "",
        ]
          .filter(Boolean)
          .join(" · "),
      });
    case "complaint_step":
      return t("timeline.event.complaint_step", {
        step: t(`complaints.step.${str(d.action)}` as "complaints.step.opened", {
          number: str(d.complaintNumber),
          defaultValue: t("timeline.event.other"),
        }),
      });
    case "triggers_fired":
      return t("timeline.event.triggers_fired", { names: triggerNames(d.triggers) });
    case "callback": {
      const outcome = str(d.outcome) as "confirmed";
      const text = t(`callbacks.event.${outcome}`, {
        attempt: str(d.attempt),
        number: str(d.complaintNumber),
        defaultValue: t("timeline.event.other"),
      });
      return typeof d.score === "number"
        ? `${text} · ${t("callbacks.event.score", { score: d.score })}`
        : text;
    }
    case "rated":
      return t("timeline.event.rated", {
        score: str(d.score),
        word: t(`portal.stars.${str(d.score)}` as "portal.stars.5", { defaultValue: "" }),
      });
    case "sop_step":
      return t(d.done ? "kbDesk.timeline.sop_done" : "kbDesk.timeline.sop_undone", {
        sop: str(d.sop),
        sopEn: str(d.sopEn),
        step: str(d.step),
        stepEn: str(d.stepEn),
      });
    case "article_linked":
      return t(
        !d.linked
          ? "kbDesk.timeline.article_unlinked"
          : d.created
            ? "kbDesk.timeline.article_created"
            : "kbDesk.timeline.article_linked",
        { title: str(d.title) },
      );
    default:
      // Never a raw event code on screen.
      return t("timeline.event.other");
  }
}

// A merge names the other ticket; both live under the same list (console or portal), hence "../".
function MergeLink({ e }: { e: TicketEvent }) {
  const other =
    e.type === "merged_into" ? str(e.data?.into) : e.type === "merged_from" ? str(e.data?.from) : "";
  if (!other) return null;
  return (
    <Link to={`../${encodeURIComponent(other)}`} relative="path" data-testid="merge-link">
      {other}
    </Link>
  );
}

function EventLine({
  e,
  names,
  hidden,
}: {
  e: TicketEvent;
  names: (id: string) => string | undefined;
  hidden?: boolean;
}) {
  const { t } = useTranslation();
  const reason = reasonText(t, e.data?.reason);
  return (
    <div
      className="timeline-event"
      data-testid="timeline-item"
      data-kind="event"
      data-event={e.type}
      hidden={hidden}
    >
      <strong>{e.actorName || t("timeline.system")}</strong> {describeEvent(t, e, names)} <MergeLink e={e} />{" "}
      · <TimeText iso={e.createdAt} />
      {reason ? <div>{t("timeline.reason", { reason })}</div> : null}
    </div>
  );
}

// Status changes, escalations, our callbacks to the customer and their rating always show; routine events (assignment, first response,
// field edits) fold behind one line when there are several, yet stay in the page.
const KEY_EVENTS = new Set([
  "status_changed",
  "escalated",
  "auto_closed",
  "merged_into",
  "merged_from",
  "callback",
  "rated",
]);

function EventGroup({ events, names }: { events: TicketEvent[]; names: (id: string) => string | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const minor = events.filter((e) => !KEY_EVENTS.has(e.type)).length;
  const fold = minor > 1;
  return (
    <div>
      {fold ? (
        <Button
          type="text"
          size="small"
          icon={open ? <DownOutlined /> : <RightOutlined />}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          style={{ color: "rgba(0,0,0,0.6)", fontSize: 12 }}
        >
          <HistoryOutlined aria-hidden /> {t("timeline.changes", { count: minor })} ·{" "}
          {open ? t("timeline.hide") : t("timeline.show")}
        </Button>
      ) : null}
      {events.map((e) => (
        <EventLine key={e.id} e={e} names={names} hidden={fold && !open && !KEY_EVENTS.has(e.type)} />
      ))}
    </div>
  );
}

function MessageItem({ m }: { m: Message }) {
  const { t } = useTranslation();
  const internal = m.visibility === "internal";
  const fromStaff = m.authorRole ? isStaff(m.authorRole) : false;
  const cls = internal ? "timeline-note" : fromStaff ? "timeline-public" : "timeline-customer";
  return (
    <article
      className={`timeline-msg ${cls}`}
      data-testid="timeline-item"
      data-kind={internal ? "note" : "message"}
      data-channel={m.channel}
      aria-label={internal ? t("timeline.internal") : undefined}
    >
      <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 6 }}>
        {internal ? (
          <Tag color="gold" icon={<LockOutlined />}>
            {t("timeline.internal")}
          </Tag>
        ) : null}
        <UserOutlined aria-hidden />
        <strong>{m.authorName || m.from || t("timeline.customer")}</strong>
        {m.authorRole ? (
          <Typography.Text type="secondary">{t(`role.${m.authorRole}`)}</Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ marginLeft: "auto", fontSize: 12 }}>
          {m.channel !== "web" && m.channel !== "portal"
            ? `${t(`channel.${m.channel}`, { defaultValue: m.channel })} · `
            : ""}
          <TimeText iso={m.createdAt} />
        </Typography.Text>
      </div>
      <div className="timeline-body">{m.body}</div>
      <AttachmentList items={m.attachments} />
    </article>
  );
}

type Props = { messages: Message[]; events: TicketEvent[]; names?: (id: string) => string | undefined };

export function Timeline({ messages, events, names = () => undefined }: Props) {
  const { t } = useTranslation();
  const entries = merge(messages, events);
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("timeline.empty")} />;
  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 10 }} aria-label={t("timeline.title")}>
      {entries.map((en) =>
        en.kind === "message" ? (
          <MessageItem key={en.message.id} m={en.message} />
        ) : (
          <EventGroup key={en.events[0]?.id ?? en.at} events={en.events} names={names} />
        ),
      )}
    </section>
  );
}

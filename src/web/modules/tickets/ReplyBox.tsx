import { CloseOutlined, DownOutlined, LockOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, Button, Dropdown, Flex, Form, Input, Radio, Space, Tag, Typography } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess, showWarning } from "../../app/feedback";
import { useFormat } from "../../app/format";
import type { TicketAction } from "../../app/types";
import { AttachmentPicker } from "../../ui/AttachmentPicker";
import type { MacroWarning } from "../routing/api";
import { MacroPicker } from "../routing/MacroPicker";
import { describeActions, hasActions, type MacroActions } from "../routing/macro-actions";
import { useActionNames } from "../routing/useActionNames";
import { usePostMessage, useTransition } from "./api";
import { useApplyMacro } from "./useApplyMacro";

// Status changes a public reply may carry in the same click (the usual end of an answer).
const SEND_AND = ["pend_customer", "resolve"] as const satisfies readonly TicketAction[];
type SendAnd = (typeof SEND_AND)[number];
// The status each "send and …" ends in (what the macro endpoint takes instead of an action).
const AND_STATUS = { pend_customer: "pending_customer", resolve: "resolved" } as const;

type Visibility = "public" | "internal";
// The last inserted macro: `actions` as the agent left them (a dropped chip is undefined), `original` as saved.
type PendingMacro = { id: string; name: string; actions: MacroActions; original: MacroActions };
type InsertedMacro = { id: string; name: string; actions?: MacroActions };

// A key per send, so a retried request is answered by the server instead of applied twice.
const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

// The saved fields the agent dropped before sending.
const skipped = (m: PendingMacro) =>
  (Object.keys(m.original) as (keyof MacroActions)[]).filter(
    (k) => m.original[k] !== undefined && m.actions[k] === undefined,
  );
type Values = { body: string; visibility: Visibility; attachmentIds: string[] };

export type ReplyBoxHandle = { focus: (v: Visibility) => void };

const draftKey = (ref: string) => `aftercare.draft.${ref}`;

function loadDraft(ref: string): Partial<Values> {
  try {
    const raw = localStorage.getItem(draftKey(ref));
    return raw ? (JSON.parse(raw) as Partial<Values>) : {};
  } catch {
    return {};
  }
}

type Props = {
  ticketRef: string;
  allowInternal: boolean;
  ref?: Ref<ReplyBoxHandle>;
  // Staff only: true while the box has focus and text (the collision notice tells others).
  onTyping?: (typing: boolean) => void;
  // Staff only: the SEND_AND actions allowed on the ticket now ("send and resolve"…).
  thenActions?: readonly TicketAction[];
};

export function ReplyBox({ ticketRef, allowInternal, ref, onTyping, thenActions = [] }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const post = usePostMessage(ticketRef);
  const transition = useTransition(ticketRef);
  const [then, setThen] = useState<SendAnd | null>(null);
  const [uploading, setUploading] = useState(false);
  const textRef = useRef<TextAreaRef>(null);
  const visibility = Form.useWatch("visibility", form) ?? "public";
  const draft = loadDraft(ticketRef);
  const [focused, setFocused] = useState(false);
  const body = Form.useWatch("body", form) ?? "";
  const typing = focused && body.trim() !== "";
  useEffect(() => onTyping?.(typing), [typing, onTyping]);

  // Contradictions the server found in an inserted macro, shown until the reply is sent or dismissed.
  const [warnings, setWarnings] = useState<MacroWarning[]>([]);
  const fmt = useFormat();
  // The last inserted macro: the reply is sent through it with its fields (each chip can be dropped).
  const [pending, setPending] = useState<PendingMacro | null>(null);
  const applyMacro = useApplyMacro(ticketRef);
  const names = useActionNames();

  const insertMacro = (text: string, found: MacroWarning[], macro: InsertedMacro) => {
    setWarnings(found);
    const actions = macro.actions ?? {};
    setPending({ id: macro.id, name: macro.name, actions, original: actions });
    const current: string = form.getFieldValue("body") ?? "";
    form.setFieldValue("body", current.trim() ? `${current.trimEnd()}\n${text}` : text);
    form.validateFields(["body"]).catch(() => {});
    textRef.current?.focus();
  };

  useImperativeHandle(ref, () => ({
    focus: (v) => {
      if (allowInternal) form.setFieldValue("visibility", v);
      textRef.current?.focus();
      textRef.current?.resizableTextArea?.textArea.scrollIntoView({ block: "center" });
    },
  }));

  const send = async (v: Values, and: SendAnd | null = null) => {
    setThen(and);
    const visibility = allowInternal ? v.visibility : "public";
    const message = {
      body: v.body.trim(),
      visibility,
      attachmentIds: v.attachmentIds?.length ? v.attachmentIds : undefined,
    };
    const andStatus = and && visibility === "public" ? AND_STATUS[and] : undefined;
    try {
      if (pending) {
        // The reply, the macro's fields and "send and …" in one request (one transaction).
        const out = await applyMacro.mutateAsync({
          macroId: pending.id,
          key: newKey(),
          input: { ...message, skip: skipped(pending), status: andStatus },
        });
        sent();
        const target = andStatus ?? pending.actions.status;
        if (out.statusRefused && target)
          showWarning(
            t("routing.macros.statusRefused", {
              from: t(`status.${out.ticket.status}`),
              to: t(`status.${target}`),
            }),
          );
        else if (and && andStatus) showSuccess(t("reply.sentAnd", { action: t(`action.${and}`) }));
        else showSuccess(hasActions(pending.actions) ? t("routing.macros.applied") : t("reply.sent"));
        return;
      }
      await post.mutateAsync(message);
      sent();
      // The reply is sent and kept even if the status change is refused (the error says why).
      if (and && andStatus) {
        await transition.mutateAsync({ action: and });
        showSuccess(t("reply.sentAnd", { action: t(`action.${and}`) }));
      } else showSuccess(t("reply.sent"));
    } catch (err) {
      // The text stays in the box; only field messages are added.
      applyFieldErrors(form, err);
    } finally {
      setThen(null);
    }
  };

  // What a sent reply leaves behind: an empty box, no draft, no macro waiting.
  const sent = () => {
    localStorage.removeItem(draftKey(ticketRef));
    form.setFieldsValue({ body: "", attachmentIds: [] });
    setWarnings([]);
    setPending(null);
  };

  const sendAnd = (and: SendAnd) => {
    form
      .validateFields()
      .then((v) => send(v, and))
      .catch(() => {});
  };
  const offered = SEND_AND.filter((a) => thenActions.includes(a));
  const busy = post.isPending || transition.isPending || applyMacro.isPending;

  // Clicking the option already chosen flips to the other one: the pair acts as one toggle.
  const toggleFrom = (v: Visibility) => {
    if (visibility === v) form.setFieldValue("visibility", v === "public" ? "internal" : "public");
  };

  const internal = allowInternal && visibility === "internal";
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ body: draft.body ?? "", visibility: draft.visibility ?? "public", attachmentIds: [] }}
      onFinish={(v) => void send(v)}
      onValuesChange={(_c, all) => {
        localStorage.setItem(
          draftKey(ticketRef),
          JSON.stringify({ body: all.body, visibility: all.visibility }),
        );
      }}
      className={internal ? "timeline-note" : undefined}
      style={{ padding: internal ? 12 : 0, borderRadius: 8 }}
    >
      {allowInternal ? (
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Form.Item name="visibility" style={{ marginBottom: 8 }}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              data-testid="reply-visibility"
              aria-label={t("reply.visibility")}
            >
              <Radio.Button
                value="public"
                data-testid="reply-visibility-public"
                onClick={() => toggleFrom("public")}
              >
                {t("reply.public")}
              </Radio.Button>
              <Radio.Button
                value="internal"
                data-testid="reply-visibility-internal"
                onClick={() => toggleFrom("internal")}
              >
                <LockOutlined /> {t("reply.internal")}
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
          <MacroPicker ticketRef={ticketRef} onInsert={insertMacro} />
        </Flex>
      ) : null}
      {pending && hasActions(pending.actions) ? (
        <Flex gap={4} wrap align="center" style={{ marginBottom: 8 }} data-testid="macro-pending">
          <Typography.Text type="secondary">{t("routing.macros.pending")}</Typography.Text>
          {describeActions(t, pending.actions, names).map((x) => (
            <Tag
              key={x.key}
              color="processing"
              closable
              closeIcon={<CloseOutlined aria-label={t("routing.macros.dropAction")} />}
              onClose={() =>
                setPending((p) => (p ? { ...p, actions: { ...p.actions, [x.key]: undefined } } : p))
              }
              data-testid="macro-pending-field"
            >
              {x.text}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {warnings.map((w) => (
        <Alert
          key={`${w.code}-${w.serial}`}
          type="warning"
          showIcon
          closable
          onClose={() => setWarnings((all) => all.filter((x) => x !== w))}
          style={{ marginBottom: 8 }}
          data-testid="macro-warning"
          title={t("routing.macros.warningWarrantyExpired", { serial: w.serial, date: fmt.date(w.endsAt) })}
        />
      ))}
      <Form.Item
        name="body"
        rules={[{ required: true, whitespace: true, message: t("reply.bodyRequired") }]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea
          ref={textRef}
          data-testid="reply-body"
          aria-label={t("reply.label")}
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={20000}
          placeholder={
            !allowInternal
              ? t("reply.placeholderCustomer")
              : internal
                ? t("reply.placeholderInternal")
                : t("reply.placeholderPublic")
          }
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) form.submit();
          }}
        />
      </Form.Item>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Form.Item name="attachmentIds" style={{ marginBottom: 0 }}>
          <AttachmentPicker onBusyChange={setUploading} />
        </Form.Item>
        <Flex vertical align="flex-end" gap={4}>
          <Space.Compact>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SendOutlined />}
              data-testid="reply-submit"
              loading={busy && then === null}
              disabled={busy || uploading}
            >
              {internal ? t("reply.sendNote") : t("reply.send")}
            </Button>
            {!internal && offered.length > 0 ? (
              <Dropdown
                trigger={["click"]}
                disabled={busy || uploading}
                menu={{
                  items: offered.map((a) => ({
                    key: a,
                    label: <span data-testid={`reply-send-${a}`}>{t(`reply.sendAnd.${a}`)}</span>,
                  })),
                  onClick: ({ key }) => sendAnd(key as SendAnd),
                }}
              >
                <Button
                  type="primary"
                  icon={<DownOutlined />}
                  loading={busy && then !== null}
                  aria-label={t("reply.sendAndMenu")}
                  data-testid="reply-send-and"
                />
              </Dropdown>
            ) : null}
          </Space.Compact>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {allowInternal ? t("reply.hint") : t("reply.hintCustomer")}
          </Typography.Text>
        </Flex>
      </Flex>
    </Form>
  );
}

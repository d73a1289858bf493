import { CloseOutlined, DownOutlined, LockOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, Button, Dropdown, Flex, Form, Input, Radio, Space, Tag, Typography } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import type { TicketAction } from "../../app/types";
import { AttachmentPicker } from "../../ui/AttachmentPicker";
import type { MacroWarning } from "../routing/api";
import { MacroPicker } from "../routing/MacroPicker";
import { describeActions, hasActions, type MacroActions } from "../routing/macro-actions";
import { useActionNames } from "../routing/useActionNames";
import { usePostMessage, useTransition } from "./api";
import { useApplyMacroActions } from "./useApplyMacroActions";

// Status changes a public reply may carry in the same click (the usual end of an answer).
const SEND_AND = ["pend_customer", "resolve"] as const satisfies readonly TicketAction[];
type SendAnd = (typeof SEND_AND)[number];

type Visibility = "public" | "internal";
type PendingMacro = { name: string; actions?: MacroActions };
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
  // The fields of the last inserted macro, applied when the reply is sent (each chip can be dropped).
  const [pending, setPending] = useState<PendingMacro | null>(null);
  const applyMacro = useApplyMacroActions(ticketRef);
  const names = useActionNames();

  const insertMacro = (text: string, found: MacroWarning[], macro: PendingMacro) => {
    setWarnings(found);
    setPending(hasActions(macro.actions) ? macro : null);
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
    try {
      const visibility = allowInternal ? v.visibility : "public";
      await post.mutateAsync({
        body: v.body.trim(),
        visibility,
        attachmentIds: v.attachmentIds?.length ? v.attachmentIds : undefined,
      });
      localStorage.removeItem(draftKey(ticketRef));
      form.setFieldsValue({ body: "", attachmentIds: [] });
      setWarnings([]);
      const macro = pending;
      setPending(null);
      // The reply is sent and kept even if the status change is refused (the error says why).
      // "Send and …" chosen by the agent wins over the status a macro would set.
      if (macro?.actions)
        await applyMacro(
          macro,
          and && visibility === "public" ? { ...macro.actions, status: undefined } : macro.actions,
        );
      if (and && visibility === "public") {
        await transition.mutateAsync({ action: and });
        showSuccess(t("reply.sentAnd", { action: t(`action.${and}`) }));
      } else if (!macro) showSuccess(t("reply.sent"));
    } catch (err) {
      // The text stays in the box; only field messages are added.
      applyFieldErrors(form, err);
    } finally {
      setThen(null);
    }
  };

  const sendAnd = (and: SendAnd) => {
    form
      .validateFields()
      .then((v) => send(v, and))
      .catch(() => {});
  };
  const offered = SEND_AND.filter((a) => thenActions.includes(a));
  const busy = post.isPending || transition.isPending;

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
      {pending?.actions ? (
        <Flex gap={4} wrap align="center" style={{ marginBottom: 8 }} data-testid="macro-pending">
          <Typography.Text type="secondary">{t("routing.macros.pending")}</Typography.Text>
          {describeActions(t, pending.actions, names).map((x) => (
            <Tag
              key={x.key}
              color="processing"
              closable
              closeIcon={<CloseOutlined aria-label={t("routing.macros.dropAction")} />}
              onClose={() =>
                setPending((p) => (p?.actions ? { ...p, actions: { ...p.actions, [x.key]: undefined } } : p))
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
            {t("reply.hint")}
          </Typography.Text>
        </Flex>
      </Flex>
    </Form>
  );
}

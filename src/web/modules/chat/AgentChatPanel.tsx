import { Alert, App, Button, Flex, Input, Space, Tag, Typography } from "antd";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useFormat } from "../../app/format";
import { agentChat, type ChatTranscript } from "./api";
import { ChatTranscriptView } from "./ChatTranscriptView";
import { useTyping } from "./useTyping";

// One open chat in the console: who and where, why it was handed off and the articles the assistant
// already tried, the transcript, and the agent's actions (accept, reply, create ticket, close).
export function AgentChatPanel({
  transcript,
  me,
  customerTyping,
  onChange,
}: {
  transcript: ChatTranscript;
  me: string;
  customerTyping: boolean;
  onChange: (t: ChatTranscript) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const fmt = useFormat();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const c = transcript.conversation;
  const mine = c.status === "assigned" && c.assigneeId === me;
  const typing = useTyping(useCallback(() => agentChat.typing(c.id), [c.id]));

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      message.error(e instanceof Error && e.message ? e.message : t("chat.error"));
      onChange(await agentChat.read(c.id).catch(() => transcript));
    } finally {
      setBusy(false);
    }
  };
  const reply = () =>
    text.trim()
      ? act(async () => {
          const value = text;
          setText("");
          const m = await agentChat.reply(c.id, value);
          onChange({ ...transcript, messages: [...transcript.messages.filter((x) => x.seq !== m.seq), m] });
        })
      : undefined;
  const createTicket = () =>
    act(async () => {
      const made = await agentChat.ticket(c.id);
      message.success(t("chat.console.ticketCreated", { number: made.ticketNumber }));
      navigate(`/console/tickets/${made.ticketNumber}`);
    });

  // A survey goes to a known customer, in the chat, while the agent has it.
  const sendSurvey = () =>
    act(async () => {
      const m = await agentChat.survey(c.id);
      onChange({ ...transcript, messages: [...transcript.messages.filter((x) => x.seq !== m.seq), m] });
      message.success(t("chat.console.surveySent"));
    });

  return (
    <Flex vertical gap={12} data-testid="chat-panel" data-conversation={c.id}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap size={4}>
          <Typography.Text strong>{c.name ?? t("chat.console.visitor")}</Typography.Text>
          {c.phone ? <Typography.Text type="secondary">{c.phone}</Typography.Text> : null}
          <Tag>{t(`chat.console.channel.${c.channel}`)}</Tag>
          <Tag color={c.status === "waiting" ? "orange" : c.status === "assigned" ? "blue" : undefined}>
            {t(`chat.console.status.${c.status}`)}
          </Tag>
          {c.handoffReason ? (
            <Typography.Text type="secondary">
              {t(`chat.console.reason.${c.handoffReason as "asked_for_person" | "no_answer" | "unsure"}`)}
            </Typography.Text>
          ) : null}
        </Space>
        <Space wrap>
          {c.status === "waiting" ? (
            <Button
              type="primary"
              loading={busy}
              onClick={() => act(async () => onChange(await agentChat.accept(c.id)))}
              data-testid="chat-accept"
            >
              {t("chat.console.accept")}
            </Button>
          ) : null}
          {c.ticketNumber ? (
            <Button onClick={() => navigate(`/console/tickets/${c.ticketNumber}`)}>
              {t("chat.console.openTicket", { number: c.ticketNumber })}
            </Button>
          ) : mine ? (
            <Button loading={busy} onClick={createTicket} data-testid="chat-create-ticket">
              {t("chat.console.createTicket")}
            </Button>
          ) : null}
          {mine && c.customerId ? (
            <Button loading={busy} onClick={sendSurvey} data-testid="chat-send-survey">
              {t("chat.console.sendSurvey")}
            </Button>
          ) : null}
          {c.status !== "closed" && (mine || c.status === "waiting") ? (
            <Button
              danger
              loading={busy}
              onClick={() => act(async () => onChange(await agentChat.close(c.id)))}
            >
              {t("chat.console.close")}
            </Button>
          ) : null}
        </Space>
      </Flex>
      {c.status === "assigned" && !mine ? (
        <Alert type="info" showIcon message={t("chat.console.taken")} />
      ) : null}
      <div>
        <Typography.Text type="secondary">{t("chat.console.tried")}: </Typography.Text>
        {c.articlesTried.length === 0 ? (
          <Typography.Text type="secondary">{t("chat.console.noneTried")}</Typography.Text>
        ) : (
          <Space wrap size={4} data-testid="chat-tried">
            {c.articlesTried.map((a) => (
              <a
                key={a.id}
                href={`/help/${encodeURIComponent(c.tenantSlug)}/${encodeURIComponent(a.id)}`}
                target="_blank"
                rel="noopener"
              >
                <Tag color="geekblue">{a.title}</Tag>
              </a>
            ))}
          </Space>
        )}
        {c.waitingSince && c.status === "waiting" ? (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t("chat.console.waitingFor", { since: fmt.age(c.waitingSince) })}
          </Typography.Text>
        ) : null}
      </div>
      <div
        style={{
          maxHeight: "55vh",
          overflow: "auto",
          padding: 8,
          border: "1px solid #f0f0f0",
          borderRadius: 8,
        }}
      >
        <ChatTranscriptView
          messages={transcript.messages}
          side="agent"
          tenantSlug={c.tenantSlug}
          typing={customerTyping ? t("chat.typingCustomer") : null}
        />
      </div>
      {mine ? (
        <Flex gap={8}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={text}
            maxLength={4000}
            placeholder={t("chat.console.reply")}
            aria-label={t("chat.console.reply")}
            onChange={(e) => {
              setText(e.target.value);
              typing.noteKeystroke();
            }}
            onPressEnter={(e) => {
              if (!e.shiftKey) {
                e.preventDefault();
                reply();
              }
            }}
            data-testid="chat-reply"
          />
          <Button type="primary" onClick={reply} loading={busy} disabled={!text.trim()}>
            {t("chat.send")}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}

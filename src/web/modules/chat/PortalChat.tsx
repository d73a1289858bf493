import { CommentOutlined } from "@ant-design/icons";
import { App, Button, Drawer, Flex, FloatButton, Grid, Input, Typography } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ChatConversation, type ChatMessage, customerChat, followEvents, mergeMessages } from "./api";
import { ChatTranscriptView } from "./ChatTranscriptView";
import { useTyping } from "./useTyping";

const KEY = "aftercare.chat.portal";

// The portal's chat: a button on every portal page opens a panel where the assistant answers first
// and a person takes over on request. The conversation survives page changes and reloads.
export function PortalChat() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const [conversation, setConversation] = useState<ChatConversation | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [text, setText] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const lastSeq = useRef(0);
  lastSeq.current = messages.at(-1)?.seq ?? 0;
  const id = conversation?.id;
  const typing = useTyping(useCallback(() => (id ? customerChat.typing(id) : Promise.resolve()), [id]));

  const load = useCallback(async () => {
    const stored = sessionStorage.getItem(KEY);
    const read = stored ? await customerChat.read(stored).catch(() => null) : null;
    const transcript = read && read.conversation.status !== "closed" ? read : await customerChat.start();
    sessionStorage.setItem(KEY, transcript.conversation.id);
    setConversation(transcript.conversation);
    setMessages(transcript.messages);
  }, []);

  useEffect(() => {
    if (open && !conversation) load().catch(() => message.error(t("chat.error")));
  }, [open, conversation, load, message, t]);

  const status = conversation?.status;
  useEffect(() => {
    if (!open || !id || status === "closed") return;
    const stop = new AbortController();
    void followEvents(
      () => `/chat/conversations/${id}/events?after=${lastSeq.current}`,
      ({ event, data }) => {
        if (event === "message") {
          const m = data as ChatMessage;
          setMessages((all) => mergeMessages(all, [m]));
          if (m.author === "agent") typing.stop();
        } else if (event === "conversation") setConversation(data as ChatConversation);
        else if (event === "typing") typing.heard();
      },
      stop.signal,
    );
    return () => stop.abort();
  }, [open, id, status, typing.heard, typing.stop]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      message.error(e instanceof Error && e.message ? e.message : t("chat.error"));
    } finally {
      setBusy(false);
    }
  };
  const send = () =>
    id && text.trim()
      ? act(async () => {
          const value = text;
          setText("");
          const r = await customerChat.say(id, value);
          setMessages((all) => mergeMessages(all, r.items));
        })
      : undefined;
  const askPerson = () =>
    id
      ? act(async () => {
          const r = await customerChat.handoff(id);
          setConversation(r.conversation);
          setMessages((all) => mergeMessages(all, r.messages));
        })
      : undefined;
  const leave = () =>
    id && note.trim()
      ? act(async () => {
          await customerChat.leaveMessage(id, note);
          setNote("");
          const r = await customerChat.read(id);
          setConversation(r.conversation);
          setMessages(r.messages);
        })
      : undefined;
  const restart = () =>
    act(async () => {
      sessionStorage.removeItem(KEY);
      setConversation(null);
      setMessages([]);
    });

  const offline = status === "waiting" && messages.some((m) => m.code === "offline");
  const closed = status === "closed";
  return (
    <>
      <FloatButton
        type="primary"
        icon={<CommentOutlined />}
        description={screens.md ? t("chat.open") : undefined}
        shape="square"
        style={{ insetInlineEnd: 24, width: screens.md ? 96 : undefined }}
        onClick={() => setOpen(true)}
        aria-label={t("chat.open")}
        data-testid="portal-chat-open"
      />
      <Drawer
        title={t("chat.title")}
        open={open}
        onClose={() => setOpen(false)}
        width="min(420px, 100vw)"
        styles={{ body: { display: "flex", flexDirection: "column", gap: 12 } }}
        footer={
          closed ? (
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">{t("chat.ended")}</Typography.Text>
              <Button onClick={restart}>{t("chat.newChat")}</Button>
            </Flex>
          ) : offline ? (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">{t("chat.leaveHint")}</Typography.Text>
              <Input.TextArea
                rows={3}
                value={note}
                maxLength={4000}
                onChange={(e) => setNote(e.target.value)}
                aria-label={t("chat.leaveMessage")}
              />
              <Button type="primary" loading={busy} onClick={leave} disabled={!note.trim()}>
                {t("chat.leaveSend")}
              </Button>
            </Flex>
          ) : (
            <Flex vertical gap={8}>
              <Flex gap={8}>
                <Input
                  value={text}
                  maxLength={4000}
                  placeholder={t("chat.placeholder")}
                  aria-label={t("chat.placeholder")}
                  onChange={(e) => {
                    setText(e.target.value);
                    typing.noteKeystroke();
                  }}
                  onPressEnter={send}
                  disabled={!id}
                  data-testid="portal-chat-input"
                />
                <Button type="primary" onClick={send} loading={busy} disabled={!text.trim()}>
                  {t("chat.send")}
                </Button>
              </Flex>
              <Flex justify="space-between">
                {status === "bot" ? (
                  <Button size="small" onClick={askPerson} disabled={busy}>
                    {t("chat.askPerson")}
                  </Button>
                ) : (
                  <span />
                )}
                <Button
                  size="small"
                  type="text"
                  onClick={() => id && act(async () => void (await customerChat.close(id)))}
                >
                  {t("chat.endChat")}
                </Button>
              </Flex>
            </Flex>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t("chat.intro")}
        </Typography.Paragraph>
        <div data-testid="portal-chat" data-conversation={id ?? ""}>
          <ChatTranscriptView
            messages={messages}
            side="customer"
            tenantSlug={conversation?.tenantSlug ?? ""}
            typing={typing.shown ? t("chat.typingAgent") : null}
          />
        </div>
      </Drawer>
    </>
  );
}

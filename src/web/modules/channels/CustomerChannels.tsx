import {
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  PlusOutlined,
  ProfileOutlined,
} from "@ant-design/icons";
import { Timeline as AntTimeline, Button, Card, Flex, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { TimeText } from "../../app/format";
import { ListState } from "../../ui/ListState";
import { type TimelineItem, useCustomerTimeline } from "./api";
import { CallLogModal } from "./CallLogModal";

const ICON: Record<string, React.ReactNode> = {
  email: <MailOutlined />,
  phone: <PhoneOutlined />,
  sms: <MessageOutlined />,
};

// The phone log for the agent and the customer's history across every channel, beside the ticket.
export function CustomerChannels({
  ticketRef,
  customerId,
  phone,
  basePath,
}: {
  ticketRef: string;
  customerId: string;
  phone?: string | null;
  basePath: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeline = useCustomerTimeline(customerId);
  const [modal, setModal] = useState<"ticket" | "new" | null>(null);
  const items = [...(timeline.data?.items ?? [])].reverse();

  const line = (i: TimelineItem) => (
    <div data-testid="customer-timeline-item" data-channel={i.channel} data-kind={i.kind}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`channel.${i.channel}`, { defaultValue: i.channel })} · {t(`channels.timeline.kind.${i.kind}`)} ·{" "}
        <TimeText iso={i.at} />
        {i.ticketNumber ? (
          <>
            {" · "}
            <Link to={`${basePath}${encodeURIComponent(i.ticketNumber)}`}>{i.ticketNumber}</Link>
          </>
        ) : null}
      </Typography.Text>
      <div style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{i.text.slice(0, 200)}</div>
    </div>
  );

  return (
    <Card size="small" title={t("channels.timeline.title")} data-testid="customer-timeline">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button
          size="small"
          icon={<PhoneOutlined />}
          onClick={() => setModal("ticket")}
          data-testid="call-log"
        >
          {t("channels.call.log")}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setModal("new")}
          data-testid="call-new-ticket"
        >
          {t("channels.call.newTicket")}
        </Button>
      </Flex>
      <ListState
        query={timeline}
        empty={items.length === 0}
        emptyText={t("channels.timeline.empty")}
        rows={3}
      >
        <div style={{ maxHeight: 420, overflowY: "auto", paddingTop: 4 }}>
          <AntTimeline
            items={items.map((i, n) => ({
              key: `${i.at}-${n}`,
              dot: ICON[i.channel] ?? <ProfileOutlined />,
              children: line(i),
            }))}
          />
        </div>
      </ListState>
      <CallLogModal
        open={modal !== null}
        onClose={() => setModal(null)}
        mode={modal === "new" ? { kind: "new", customerId } : { kind: "ticket", ticketRef }}
        defaultNumber={phone}
        onDone={(call) => {
          if (modal === "new" && call.ticketNumber)
            navigate(`${basePath}${encodeURIComponent(call.ticketNumber)}`);
        }}
      />
    </Card>
  );
}

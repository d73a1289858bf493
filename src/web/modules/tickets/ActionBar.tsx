import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  RiseOutlined,
} from "@ant-design/icons";
import { Button, Space } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useHotkeys } from "../../app/keys";
import { ACTIONS, type Ticket, type TicketAction } from "../../app/types";
import { ReasonModal } from "../../ui/ReasonModal";
import { useTransition } from "./api";

const ICON: Record<TicketAction, ReactNode> = {
  start: <PlayCircleOutlined />,
  pend_customer: <PauseCircleOutlined />,
  pend_parts: <PauseCircleOutlined />,
  pend_third_party: <PauseCircleOutlined />,
  resume: <PlayCircleOutlined />,
  resolve: <CheckCircleOutlined />,
  confirm: <CheckCircleOutlined />,
  reject: <CloseCircleOutlined />,
  reopen: <RedoOutlined />,
  escalate: <RiseOutlined />,
};

const PRIMARY = new Set<TicketAction>(["start", "resolve", "resume"]);
// A reason is required where the history must say why; optional where it merely helps.
const REASON_REQUIRED = new Set<TicketAction>(["reject", "confirm"]);
const REASON_OPTIONAL = new Set<TicketAction>(["escalate", "reopen"]);

// Buttons for exactly the actions the server allows this user now.
export function ActionBar({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const transition = useTransition(ticket.number);
  const [asking, setAsking] = useState<TicketAction | null>(null);
  const allowed = ACTIONS.filter((a) => ticket.allowedActions.includes(a));

  const run = async (action: TicketAction, reason?: string) => {
    await transition.mutateAsync({ action, reason: reason || undefined });
    showSuccess(t("ticket.actionDone", { action: t(`action.${action}`) }));
  };

  const click = (action: TicketAction) => {
    if (REASON_REQUIRED.has(action) || REASON_OPTIONAL.has(action)) setAsking(action);
    else void run(action).catch(() => {});
  };

  useHotkeys({ e: () => allowed.includes("escalate") && setAsking("escalate") });

  return (
    <>
      <Space wrap size={8}>
        {allowed.map((a) => (
          <Button
            key={a}
            data-testid={`action-${a}`}
            icon={ICON[a]}
            type={PRIMARY.has(a) ? "primary" : "default"}
            danger={a === "escalate"}
            loading={transition.isPending && transition.variables?.action === a}
            disabled={transition.isPending}
            onClick={() => click(a)}
          >
            {t(`action.${a}`)}
          </Button>
        ))}
      </Space>
      <ReasonModal
        open={asking !== null}
        title={asking ? t("ticket.reasonTitle", { action: t(`action.${asking}`) }) : ""}
        required={asking !== null && REASON_REQUIRED.has(asking)}
        placeholder={asking === "confirm" ? t("ticket.reasonConfirmPlaceholder") : undefined}
        okText={asking ? t(`action.${asking}`) : undefined}
        onSubmit={(reason) => (asking ? run(asking, reason) : Promise.resolve())}
        onClose={() => setAsking(null)}
      />
    </>
  );
}

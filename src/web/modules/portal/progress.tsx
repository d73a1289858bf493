import { Progress, Steps } from "antd";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/roles";
import type { Ticket, TicketStatus } from "../../app/types";

const STEP_KEYS = ["submitted", "accepted", "assigned", "inProgress", "resolved", "confirmed"] as const;

type Tracked = {
  status: TicketStatus;
  assigneeId?: string | null;
  assigneeRole?: Role | null;
  firstRespondedAt?: string | null;
};

// "Engineer assigned" when a field engineer has it, "Agent assigned" when the service desk does.
const stepLabel = (key: (typeof STEP_KEYS)[number], t: Tracked) =>
  key === "assigned" && t.assigneeRole && t.assigneeRole !== "technician" ? "assignedAgent" : key;

// Which step of submitted → … → confirmed the request has reached, and whether work is ongoing there.
function progressOf(t: Tracked): { step: number; working: boolean } {
  switch (t.status) {
    case "closed":
      return { step: 5, working: false };
    case "resolved":
      return { step: 4, working: false };
    case "in_progress":
    case "pending_customer":
    case "pending_parts":
    case "pending_third_party":
      return { step: 3, working: true };
    case "assigned":
      return { step: 2, working: false };
    default:
      if (t.assigneeId) return { step: 2, working: false };
      return { step: t.firstRespondedAt ? 1 : 0, working: false };
  }
}

export function ProgressSteps({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { step, working } = progressOf(ticket);
  return (
    <Steps
      size="small"
      current={step}
      status={working ? "process" : "finish"}
      items={STEP_KEYS.map((k, i) => ({
        title: t(`portal.steps.${stepLabel(k, ticket)}`),
        content: i === step && ticket.status.startsWith("pending") ? t(`status.${ticket.status}`) : undefined,
      }))}
      data-testid="progress-steps"
    />
  );
}

// Compact tracker for cards at 360 px: a segmented bar and the reached step's name.
export function ProgressBar({ ticket }: { ticket: Tracked }) {
  const { t } = useTranslation();
  const { step } = progressOf(ticket);
  const key = STEP_KEYS[step] ?? "submitted";
  return (
    <div>
      <Progress
        steps={STEP_KEYS.length}
        percent={Math.round(((step + 1) / STEP_KEYS.length) * 100)}
        showInfo={false}
        size={[28, 8]}
        strokeColor={ticket.status === "closed" ? "#52c41a" : "#1677ff"}
      />
      <div style={{ fontSize: 13, marginTop: 2 }}>
        {t(`portal.steps.${stepLabel(key, ticket)}`)} ({step + 1}/{STEP_KEYS.length})
      </div>
    </div>
  );
}

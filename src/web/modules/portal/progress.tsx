import { Progress, Steps } from "antd";
import { useTranslation } from "react-i18next";
import type { Ticket } from "../../app/types";
import { progressOf, stepLabel, type Tracked } from "./progress-steps";

export function ProgressSteps({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { steps, step, working } = progressOf(ticket);
  return (
    <Steps
      size="small"
      current={step}
      status={working ? "process" : "finish"}
      items={steps.map((k, i) => ({
        title: t(`portal.steps.${stepLabel(k, ticket)}`),
        content: i === step && ticket.status.startsWith("pending") ? t(`status.${ticket.status}`) : undefined,
      }))}
      data-testid="progress-steps"
      data-steps={steps.join(" ")}
    />
  );
}

// Compact tracker for cards at 360 px: a segmented bar and the reached step's name.
export function ProgressBar({ ticket }: { ticket: Tracked }) {
  const { t } = useTranslation();
  const { steps, step } = progressOf(ticket);
  const key = steps[step] ?? "submitted";
  return (
    <div>
      <Progress
        steps={steps.length}
        percent={Math.round(((step + 1) / steps.length) * 100)}
        showInfo={false}
        size={[28, 8]}
        strokeColor={ticket.status === "closed" ? "#52c41a" : "#1677ff"}
      />
      <div style={{ fontSize: 13, marginTop: 2 }}>
        {t(`portal.steps.${stepLabel(key, ticket)}`)} ({step + 1}/{steps.length})
      </div>
    </div>
  );
}

import { Steps, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { RMA_PATH } from "../../../shared/rma";
import { TimeText } from "../../app/format";
import type { Rma } from "./api";

// An RMA's path as steps: done up to its status, each done step with who (staff) and when.
export function RmaSteps({ rma, vertical }: { rma: Rma; vertical?: boolean }) {
  const { t } = useTranslation();
  const path = [...RMA_PATH[rma.kind]];
  // A failed inspection takes the place of "QA passed".
  if (rma.inspection?.result === "fail") path.splice(path.indexOf("qa_passed"), 1, "qa_failed");
  const current = Math.max(0, path.indexOf(rma.status));
  const reached = (status: string) => rma.steps.find((s) => s.to === status);
  return (
    <Steps
      size="small"
      direction={vertical ? "vertical" : "horizontal"}
      current={current}
      status={rma.status === "qa_failed" ? "error" : rma.status === "closed" ? "finish" : "process"}
      data-testid="rma-steps"
      items={path.map((status) => {
        const step = reached(status);
        const tracking =
          status === "shipped" && rma.trackingNo ? `${rma.carrier ?? ""} ${rma.trackingNo}`.trim() : "";
        return {
          title: t(`sanbao.status.${status}`),
          description: step ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {step.actorName ? `${step.actorName} · ` : ""}
              <TimeText iso={step.at} mode="absolute" />
              {tracking ? (
                <>
                  <br />
                  <span data-testid="rma-tracking">{tracking}</span>
                </>
              ) : null}
            </Typography.Text>
          ) : undefined,
        };
      })}
    />
  );
}

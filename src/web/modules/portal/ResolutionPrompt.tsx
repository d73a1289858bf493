import { CheckCircleFilled, CloseCircleOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { ReasonModal } from "../../ui/ReasonModal";
import { useTransition } from "../tickets/api";

// The closing question of the loop: one tap for "fixed", a reason for "not fixed". Used on the
// request's page and pinned on the portal's home for every request waiting for the answer.
export function ResolutionButtons({
  number,
  canConfirm = true,
  canReject = true,
  onConfirmed,
  compact = false,
}: {
  number: string;
  canConfirm?: boolean;
  canReject?: boolean;
  onConfirmed?: () => void;
  // Side by side and smaller: the pinned card on the home page.
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const transition = useTransition(number);
  const [rejecting, setRejecting] = useState(false);
  return (
    <>
      <Flex gap={compact ? 8 : 12} vertical={!compact}>
        {canConfirm ? (
          <Button
            type="primary"
            block
            style={compact ? { height: 44, flex: 1 } : { height: 56, fontSize: 17 }}
            icon={<CheckCircleFilled />}
            data-testid={compact ? "pinned-confirm" : "portal-confirm"}
            loading={transition.isPending && transition.variables?.action === "confirm"}
            disabled={transition.isPending}
            onClick={() =>
              void transition
                .mutateAsync({ action: "confirm" })
                .then(() => {
                  showSuccess(t("portal.confirmedThanks"));
                  onConfirmed?.();
                })
                .catch(() => {})
            }
          >
            {t("portal.fixed")}
          </Button>
        ) : null}
        {canReject ? (
          <Button
            block
            danger
            style={compact ? { height: 44, flex: 1 } : { height: 56, fontSize: 17 }}
            icon={<CloseCircleOutlined />}
            data-testid={compact ? "pinned-reject" : "portal-reject"}
            disabled={transition.isPending}
            onClick={() => setRejecting(true)}
          >
            {t("portal.notFixed")}
          </Button>
        ) : null}
      </Flex>
      <ReasonModal
        open={rejecting}
        title={t("portal.rejectTitle")}
        required
        placeholder={t("portal.rejectPlaceholder")}
        okText={t("portal.notFixed")}
        onSubmit={async (reason) => {
          await transition.mutateAsync({ action: "reject", reason });
          showSuccess(t("portal.rejected"));
        }}
        onClose={() => setRejecting(false)}
      />
    </>
  );
}

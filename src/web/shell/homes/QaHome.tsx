import { Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { OPEN_STATUSES } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { WorkList } from "./WorkList";

// QA: resolved work waiting for a check before it closes, and anything handed to QA directly.
export default function QaHome() {
  const { t } = useTranslation();
  useTitle(t("shell.nav.review"));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("shell.nav.review")}
      </Typography.Title>
      <WorkList
        testId="awaiting-signoff"
        title={t("shell.homes.awaitingSignoff")}
        query={{ status: ["resolved"], sort: "updated_desc" }}
        emptyText={t("shell.homes.noSignoff")}
      />
      <WorkList
        testId="assigned-to-me"
        title={t("shell.homes.assignedToMe")}
        query={{ assigneeId: "me", status: OPEN_STATUSES, sort: "sla_due" }}
        emptyText={t("shell.homes.noJobs")}
      />
    </Flex>
  );
}

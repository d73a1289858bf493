import { Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { OPEN_STATUSES } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { TodayVisits } from "../../modules/field/TodayVisits";
import { MyVanCard } from "../../modules/parts/MyVanCard";
import { WorkList } from "./WorkList";

// A technician's own jobs, most urgent first: never the agent queue.
export default function TechnicianHome() {
  const { t } = useTranslation();
  useTitle(t("shell.nav.myWork"));
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("shell.nav.myWork")}
      </Typography.Title>
      <TodayVisits />
      <MyVanCard />
      <WorkList
        testId="my-jobs"
        title={t("shell.homes.myJobs")}
        query={{ assigneeId: "me", status: OPEN_STATUSES, sort: "sla_due" }}
        emptyText={t("shell.homes.noJobs")}
      />
    </Flex>
  );
}

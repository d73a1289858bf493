import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, Descriptions, Empty, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api } from "../../app/api";
import { isStaff, OPEN_STATUSES } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { WorkList } from "../../shell/homes/WorkList";
import { DetailLayout, ErrorState, ListState } from "../../ui/patterns";
import { CertificationsCard } from "../field/CertificationsCard";
import { SkillTags } from "../skills/SkillSelect";
import { type Team, useStaffDirectory } from "./settings-api";
import { UserModal } from "./UsersAdmin";

// One account on the detail-page pattern: who they are, their teams, and the tickets they hold now.
export default function UserDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const directory = useStaffDirectory();
  const teams = useQuery({
    queryKey: ["teams", "all"],
    queryFn: ({ signal }) => api.get<{ items: Team[] }>("/teams", undefined, signal),
  });
  const [editing, setEditing] = useState(false);
  const user = directory.data?.items.find((u) => u.id === id);
  useTitle(user?.name);

  if (directory.isError)
    return <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  if (!user) {
    return (
      <ListState query={directory} empty emptyText={t("common.notFound")}>
        {null}
      </ListState>
    );
  }
  const mine = (teams.data?.items ?? []).filter((x) => x.memberIds.includes(user.id));
  return (
    <DetailLayout
      testId="user-detail"
      backTo="/admin/users"
      title={user.name}
      subtitle={user.email}
      tags={
        <>
          <Tag>{t(`role.${user.role}`)}</Tag>
          <Badge
            status={user.active ? "success" : "default"}
            text={user.active ? t("admin.active") : t("settings.userDetail.inactive")}
          />
        </>
      }
      actions={
        <Button type="primary" onClick={() => setEditing(true)}>
          {t("common.edit")}
        </Button>
      }
      side={
        <Card size="small" title={t("shell.nav.teams")}>
          {mine.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("settings.userDetail.noTeams")} />
          ) : (
            mine.map((x) => <Tag key={x.id}>{x.name}</Tag>)
          )}
        </Card>
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "email", label: t("admin.email"), children: user.email },
            { key: "role", label: t("admin.role"), children: t(`role.${user.role}`) },
            {
              key: "skills",
              label: t("admin.skills"),
              children: user.skills.length ? <SkillTags codes={user.skills} /> : t("common.dash"),
            },
            { key: "cap", label: t("admin.capacity"), children: user.maxOpenTickets },
          ]}
        />
      </Card>
      {user.role === "technician" ? <CertificationsCard userId={user.id} /> : null}
      {isStaff(user.role) ? (
        <WorkList
          testId="user-tickets"
          title={t("settings.userDetail.openTickets")}
          query={{ assigneeId: user.id, status: OPEN_STATUSES, sort: "sla_due" }}
          emptyText={t("shell.homes.noJobs")}
        />
      ) : null}
      {editing ? <UserModal editing={{ mode: "edit", user }} onClose={() => setEditing(false)} /> : null}
    </DetailLayout>
  );
}

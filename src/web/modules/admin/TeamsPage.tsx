import { Card, Form, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { isStaff } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { actionsColumn, FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { SkillSelect, SkillTags } from "../skills/SkillSelect";
import { type Team, type TeamInput, useSaveTeam, useStaffDirectory } from "./settings-api";

function TeamModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTeam();
  const staff = useStaffDirectory();
  const options = (staff.data?.items ?? [])
    .filter((u) => isStaff(u.role) && u.active)
    .map((u) => ({ value: u.id, label: `${u.name} · ${t(`role.${u.role}`)}` }));
  return (
    <FormModal<TeamInput>
      title={team ? t("settings.teams.edit") : t("settings.teams.new")}
      initialValues={team ?? { skills: [], memberIds: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({ id: team?.id, input: { ...v, name: v.name.trim() } });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("settings.teams.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="skills" label={t("admin.skills")}>
            <SkillSelect testId="team-skills" />
          </Form.Item>
          <Form.Item name="memberIds" label={t("settings.teams.members")}>
            <Select<string[]>
              mode="multiple"
              loading={staff.isPending}
              options={options}
              optionFilterProp="label"
              data-testid="team-members"
            />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

export default function TeamsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useTitle(t("shell.nav.teams"));
  const staff = useStaffDirectory();
  const [editing, setEditing] = useState<{ team: Team | null } | null>(null);
  const nameOf = (id: string) => staff.data?.items.find((u) => u.id === id)?.name ?? t("common.dash");
  return (
    <Card style={{ maxWidth: 1400 }} data-testid="admin-teams">
      <PageHeader title={t("shell.nav.teams")} description={t("settings.teams.description")} />
      <ResourceTable<Team>
        id="teams"
        resource="teams"
        path="/teams"
        unpaged
        rowKey={(x) => x.id}
        emptyText={t("settings.teams.empty")}
        createLabel={t("settings.teams.new")}
        onCreate={() => setEditing({ team: null })}
        columns={[
          {
            key: "name",
            title: t("settings.teams.name"),
            dataIndex: "name",
            fixedVisible: true,
            csv: (x) => x.name,
            localSort: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
          },
          {
            key: "skills",
            title: t("admin.skills"),
            render: (_v, x) => <SkillTags codes={x.skills} />,
            csv: (x) => x.skills.join(" "),
          },
          {
            key: "members",
            title: t("settings.teams.members"),
            render: (_v, x) => x.memberIds.map(nameOf).join("、") || t("common.dash"),
            csv: (x) => x.memberIds.map(nameOf).join(" "),
            localSort: (a, b) => a.memberIds.length - b.memberIds.length,
          },
          {
            key: "created",
            title: t("admin.created"),
            render: (_v, x) => fmt.date(x.createdAt),
            csv: (x) => fmt.date(x.createdAt),
            responsive: ["md"],
          },
          actionsColumn<Team>(t, (team) => setEditing({ team })),
        ]}
      />
      {editing ? <TeamModal team={editing.team} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

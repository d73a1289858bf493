import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { BilingualNameFields, FormModal } from "../../ui/patterns";
import { type Skill, useSaveSkill, useSkills } from "../skills/api";

type Values = { code: string; nameZh: string; nameEn: string };

function SkillModal({ skill, onClose }: { skill: Skill | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSkill();
  // A code in use that is not on the list yet is named (created) rather than edited.
  const create = !skill?.managed;
  const required = { required: true, whitespace: true, message: t("validation.required") };
  return (
    <FormModal<Values>
      title={skill ? skill.code : t("skills.new")}
      initialValues={skill ? { code: skill.code, nameZh: skill.nameZh, nameEn: skill.nameEn } : {}}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({
          code: v.code.trim(),
          input: { nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim() },
          create,
        });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="code"
            label={t("skills.code")}
            extra={t("skills.codeHint")}
            rules={[required, { pattern: /^[a-z0-9][a-z0-9._-]*$/, message: t("skills.codeInvalid") }]}
          >
            <Input maxLength={50} disabled={skill !== null} data-testid="skill-code" />
          </Form.Item>
          <BilingualNameFields testIdPrefix="skill" />
        </>
      )}
    </FormModal>
  );
}

// Admin: the skills users, teams and products are matched on, with their names in both languages.
export default function SkillsPage() {
  const { t } = useTranslation();
  useTitle(t("skills.title"));
  const list = useSkills();
  const [editing, setEditing] = useState<Skill | null | undefined>(undefined);
  const items = list.data?.items ?? [];
  return (
    <Card
      title={t("skills.title")}
      style={{ maxWidth: 1000, margin: "0 auto" }}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          data-testid="skill-new"
        >
          {t("skills.new")}
        </Button>
      }
    >
      <ListState query={list} empty={items.length === 0} emptyText={t("skills.empty")}>
        <Table<Skill>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={items}
          scroll={{ x: 560 }}
          onRow={(s) => ({ "data-testid": "skill-row", "data-code": s.code }) as object}
          columns={[
            { key: "code", title: t("skills.code"), dataIndex: "code", width: 160 },
            { key: "zh", title: t("common.nameZh"), dataIndex: "nameZh" },
            { key: "en", title: t("common.nameEn"), dataIndex: "nameEn" },
            {
              key: "state",
              title: t("skills.state"),
              width: 130,
              render: (_v, s) =>
                s.managed ? <Tag color="green">{t("skills.managed")}</Tag> : <Tag>{t("skills.unnamed")}</Tag>,
            },
            {
              key: "edit",
              width: 90,
              render: (_v, s) => (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(s)}
                  aria-label={t("common.edit")}
                >
                  {t("common.edit")}
                </Button>
              ),
            },
          ]}
        />
      </ListState>
      {editing !== undefined ? <SkillModal skill={editing} onClose={() => setEditing(undefined)} /> : null}
    </Card>
  );
}

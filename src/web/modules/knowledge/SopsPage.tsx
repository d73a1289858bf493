import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TICKET_TYPES } from "../../../shared/domain";
import { SOP_SCENES, SOP_VISIT_KINDS } from "../../../shared/sops";
import { useUser } from "../../app/auth";
import { useTitle } from "../../app/useTitle";
import { type ArticleStatus, type Sop, type SopInput, useMoveSop, useSaveSop, useSops } from "./api";
import { DraftBadge, STATUS_COLOR, useVersionedDraft } from "./versioned-draft";

type Values = Omit<SopInput, "productLine" | "visitKind"> & { productLine?: string; visitKind?: string };

const blankStep = { zh: "", en: "", role: "", tools: "", control: false, minutes: null, exception: "" };

function SopEditor({ sop, canEdit, onClose }: { sop: Sop | null; canEdit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSop();
  const move = useMoveSop();
  const draft = useVersionedDraft<Sop, Values, SopInput>({
    initial: sop,
    form,
    save: save.mutateAsync,
    move: move.mutateAsync,
    toInput: (v) => ({
      ...v,
      productLine: v.productLine?.trim() || null,
      visitKind: (v.visitKind as SopInput["visitKind"]) ?? null,
    }),
  });
  const { current, status, moveTo } = draft;
  const saveValues = async () => {
    const saved = await draft.saveValues();
    if (saved) void message.success(t("kbDesk.sops.saved"));
    return saved;
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canEdit}
      initialValues={{
        scene: sop?.scene ?? "hardware_repair",
        titleZh: sop?.titleZh ?? "",
        titleEn: sop?.titleEn ?? "",
        ticketTypes: sop?.ticketTypes ?? [],
        productLine: sop?.productLine ?? undefined,
        visitKind: sop?.visitKind ?? undefined,
        required: sop?.required ?? false,
        steps: sop?.steps ?? [blankStep],
      }}
    >
      <DraftBadge current={current} testId="sop-status" versionLabel={t("kbDesk.sops.version")} />
      <Flex gap={12} wrap>
        <Form.Item
          name="titleZh"
          label={t("kbDesk.sops.titleZh")}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: "1 1 240px" }}
        >
          <Input data-testid="sop-title-zh" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="titleEn"
          label={t("kbDesk.sops.titleEn")}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: "1 1 240px" }}
        >
          <Input data-testid="sop-title-en" maxLength={200} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="scene" label={t("kbDesk.sops.scene")} style={{ minWidth: 160 }}>
          <Select options={SOP_SCENES.map((s) => ({ value: s, label: t(`kbDesk.sops.scenes.${s}`) }))} />
        </Form.Item>
        <Form.Item name="ticketTypes" label={t("kbDesk.sops.ticketTypes")} style={{ flex: "1 1 240px" }}>
          <Select
            mode="multiple"
            options={TICKET_TYPES.map((tt) => ({ value: tt, label: t(`type.${tt}`) }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="productLine" label={t("kbDesk.sops.productLine")} style={{ minWidth: 160 }}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="visitKind" label={t("kbDesk.sops.visitKind")} style={{ minWidth: 180 }}>
          <Select
            allowClear
            options={SOP_VISIT_KINDS.map((k) => ({ value: k, label: t(`field.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="required" valuePropName="checked" label=" " tooltip={t("kbDesk.sops.requiredHint")}>
          <Checkbox>{t("kbDesk.sops.required")}</Checkbox>
        </Form.Item>
      </Flex>
      <Form.List name="steps">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            <strong>{t("kbDesk.sops.steps")}</strong>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={`${i + 1}`}
                extra={
                  fields.length > 1 ? (
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t("kbDesk.sops.removeStep")}
                      onClick={() => remove(field.name)}
                    />
                  ) : null
                }
              >
                <Form.Item name={[field.name, "id"]} hidden>
                  <Input />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item
                    name={[field.name, "zh"]}
                    label={t("kbDesk.sops.stepZh")}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: "1 1 220px" }}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "en"]}
                    label={t("kbDesk.sops.stepEn")}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: "1 1 220px" }}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                </Flex>
                <Flex gap={8} wrap>
                  <Form.Item
                    name={[field.name, "role"]}
                    label={t("kbDesk.sops.role")}
                    style={{ flex: "1 1 120px" }}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "tools"]}
                    label={t("kbDesk.sops.tools")}
                    style={{ flex: "2 1 200px" }}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "minutes"]}
                    label={t("kbDesk.sops.minutes")}
                    style={{ width: 130 }}
                  >
                    <InputNumber min={1} max={10080} style={{ width: "100%" }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "control"]} valuePropName="checked" label=" ">
                    <Checkbox>{t("kbDesk.sops.control")}</Checkbox>
                  </Form.Item>
                </Flex>
                <Form.Item
                  name={[field.name, "exception"]}
                  label={t("kbDesk.sops.exception")}
                  style={{ marginBottom: 0 }}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </Card>
            ))}
            {fields.length < 40 ? (
              <Button icon={<PlusOutlined />} onClick={() => add(blankStep)}>
                {t("kbDesk.sops.addStep")}
              </Button>
            ) : null}
          </Flex>
        )}
      </Form.List>
      <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 16 }}>
        <Button disabled={false} onClick={onClose}>
          {t("common.close")}
        </Button>
        {canEdit ? (
          <>
            <Button data-testid="sop-save" loading={save.isPending} onClick={() => void saveValues()}>
              {t("kbDesk.sops.save")}
            </Button>
            {status === "draft" ? (
              <Button onClick={() => void moveTo("review")}>{t("kbDesk.sops.submit")}</Button>
            ) : null}
            {status === "published" ? (
              <Button danger onClick={() => void moveTo("draft")}>
                {t("kbDesk.sops.unpublish")}
              </Button>
            ) : (
              <Button type="primary" data-testid="sop-publish" onClick={() => void moveTo("published")}>
                {t("kbDesk.sops.publish")}
              </Button>
            )}
          </>
        ) : null}
      </Flex>
    </Form>
  );
}

// The SOP library: every service scene's procedure; supervisors and admins write and publish.
export default function SopsPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("kbDesk.sops.title"));
  const user = useUser();
  const canEdit = user.role === "admin" || user.role === "supervisor";
  const sops = useSops();
  const [editing, setEditing] = useState<Sop | null | undefined>(undefined);
  const zh = i18n.language !== "en";
  return (
    <Card
      title={t("kbDesk.sops.title")}
      extra={
        canEdit ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="sop-new"
            onClick={() => setEditing(null)}
          >
            {t("kbDesk.sops.new")}
          </Button>
        ) : null
      }
    >
      <Table<Sop>
        rowKey="id"
        size="small"
        loading={sops.isLoading}
        dataSource={sops.data?.items ?? []}
        locale={{ emptyText: t("kbDesk.sops.empty") }}
        scroll={{ x: 720 }}
        onRow={(s) => ({ onClick: () => setEditing(s), style: { cursor: "pointer" } })}
        columns={[
          {
            title: t("kbDesk.sops.titleZh").replace(/（.*）|\s*\(.*\)/, ""),
            render: (_, s) => (zh ? s.titleZh : s.titleEn),
          },
          {
            title: t("kbDesk.sops.scene"),
            dataIndex: "scene",
            width: 140,
            render: (v: Sop["scene"]) => t(`kbDesk.sops.scenes.${v}`),
          },
          {
            title: t("kbDesk.sops.ticketTypes"),
            dataIndex: "ticketTypes",
            render: (v: Sop["ticketTypes"]) => v.map((tt) => <Tag key={tt}>{t(`type.${tt}`)}</Tag>),
          },
          {
            title: t("kbDesk.sops.steps"),
            width: 110,
            render: (_, s) => t("kbDesk.sops.stepsCount", { count: s.steps.length }),
          },
          {
            title: t("kbDesk.sops.required"),
            dataIndex: "required",
            width: 120,
            render: (v: boolean) => (v ? <Tag color="red">{t("kbDesk.checklist.required")}</Tag> : null),
          },
          {
            title: t("kbDesk.sops.status"),
            dataIndex: "status",
            width: 100,
            render: (s: ArticleStatus) => (
              <Tag color={STATUS_COLOR[s]}>{t(`knowledge.editor.statuses.${s}`)}</Tag>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        width="min(860px, 100vw)"
        title={editing ? t("kbDesk.sops.edit") : t("kbDesk.sops.new")}
        destroyOnHidden
      >
        {editing !== undefined ? (
          <SopEditor sop={editing} canEdit={canEdit} onClose={() => setEditing(undefined)} />
        ) : null}
      </Drawer>
    </Card>
  );
}

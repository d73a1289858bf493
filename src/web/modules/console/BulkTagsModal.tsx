import { Form, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { TicketListItem } from "../../app/types";

export type TagChange = { addTags: string[]; removeTags: string[] };

// Tags to add to and to remove from every ticked ticket; the server applies them to the tags each
// ticket has at that moment, so other tags (and someone else's tagging) are kept.
export function BulkTagsModal({
  rows,
  open,
  onSubmit,
  onClose,
}: {
  rows: TicketListItem[];
  open: boolean;
  onSubmit: (change: TagChange) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TagChange>();
  const present = [...new Set(rows.flatMap((r) => r.tags))].sort();
  return (
    <Modal
      open={open}
      title={t("desk.bulk.tagsTitle", { count: rows.length })}
      okText={t("desk.bulk.apply")}
      okButtonProps={{ "data-testid": "bulk-tags-apply" }}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        onSubmit({ addTags: v.addTags ?? [], removeTags: v.removeTags ?? [] });
        onClose();
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onValuesChange={() => form.validateFields(["addTags"]).catch(() => undefined)}
      >
        <Form.Item
          name="addTags"
          label={t("desk.bulk.addTags")}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_r, v: string[] | undefined) =>
                (v?.length ?? 0) + (getFieldValue("removeTags")?.length ?? 0) > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("desk.bulk.tagsNeeded"))),
            }),
          ]}
        >
          <Select<string[]>
            mode="tags"
            data-testid="bulk-tags-add"
            tokenSeparators={[",", "，", " "]}
            placeholder={t("desk.bulk.tagsPlaceholder")}
            options={present.map((x) => ({ value: x, label: x }))}
          />
        </Form.Item>
        <Form.Item name="removeTags" label={t("desk.bulk.removeTags")}>
          <Select<string[]>
            mode="multiple"
            data-testid="bulk-tags-remove"
            placeholder={present.length ? t("desk.bulk.removePlaceholder") : t("desk.bulk.noTags")}
            disabled={present.length === 0}
            options={present.map((x) => ({ value: x, label: x }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

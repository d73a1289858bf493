import { Button, Card, DatePicker, Empty, Form, Input, List, Modal, Popconfirm, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api";
import { showError, showSuccess } from "../../app/feedback";
import { OneSkillSelect, SkillTags } from "../skills/SkillSelect";
import { useAddCertification, useCertifications, useRemoveCertification } from "./certifications-api";

type FormValues = { skill: string; name: string; issuedOn: Dayjs; expiresOn: Dayjs };

// A technician's certifications on their user page: the dispatcher's reason why someone is not
// offered for a visit (an expired certification keeps them off visits needing that skill).
export function CertificationsCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const list = useCertifications(userId);
  const add = useAddCertification(userId);
  const remove = useRemoveCertification(userId);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const notTechnician = list.error instanceof ApiError && list.error.status === 404;

  const submit = (v: FormValues) =>
    add.mutate(
      {
        skill: v.skill,
        name: v.name,
        issuedOn: v.issuedOn.format("YYYY-MM-DD"),
        expiresOn: v.expiresOn.format("YYYY-MM-DD"),
      },
      {
        onSuccess: () => {
          showSuccess(t("common.saved"));
          setAdding(false);
          form.resetFields();
        },
        onError: showError,
      },
    );

  return (
    <Card
      size="small"
      title={t("field.certifications.title")}
      data-testid="certifications"
      style={{ marginBottom: 12 }}
      extra={
        notTechnician ? null : (
          <Button size="small" onClick={() => setAdding(true)}>
            {t("field.certifications.add")}
          </Button>
        )
      }
    >
      {notTechnician ? (
        <Typography.Text type="secondary">{t("field.certifications.notTechnician")}</Typography.Text>
      ) : (
        <>
          <List
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("field.certifications.none")} />
              ),
            }}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Popconfirm
                    key="remove"
                    title={t("field.certifications.removeConfirm")}
                    onConfirm={() => remove.mutate(c.id, { onError: showError })}
                  >
                    <Button size="small" type="link" danger>
                      {t("field.certifications.remove")}
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <>
                      {c.name}{" "}
                      <Tag color={c.expired ? "red" : "green"}>
                        {t(c.expired ? "field.certifications.expired" : "field.certifications.valid")}
                      </Tag>
                    </>
                  }
                  description={
                    <>
                      <SkillTags codes={[c.skill]} />
                      {`${t("field.certifications.issuedOn")} ${c.issuedOn} · ${t("field.certifications.expiresOn")} ${c.expiresOn}`}
                    </>
                  }
                />
              </List.Item>
            )}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("field.certifications.rule")}
          </Typography.Text>
        </>
      )}
      <Modal
        open={adding}
        title={t("field.certifications.add")}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t("common.save")}
        cancelText={t("common.cancel")}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="skill"
            label={t("field.certifications.skill")}
            rules={[{ required: true, max: 64 }]}
          >
            <OneSkillSelect />
          </Form.Item>
          <Form.Item
            name="name"
            label={t("field.certifications.name")}
            rules={[{ required: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="issuedOn" label={t("field.certifications.issuedOn")} rules={[{ required: true }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            name="expiresOn"
            label={t("field.certifications.expiresOn")}
            dependencies={["issuedOn"]}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | undefined) =>
                  !v || !getFieldValue("issuedOn") || !v.isBefore(getFieldValue("issuedOn"), "day")
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("field.certifications.expiresBeforeIssued"))),
              }),
            ]}
          >
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

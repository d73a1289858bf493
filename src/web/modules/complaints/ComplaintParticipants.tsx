import { Button, DatePicker, Flex, Form, Input, List, Select, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMPLAINT_DEPARTMENTS, type ComplaintDepartment } from "../../../shared/complaints";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { FormModal } from "../../ui/patterns";
import { useTeams } from "../sla/api";
import { type Complaint, useAddParticipant, useCompleteTask, useStaffList } from "./api";

type Values = {
  department: ComplaintDepartment;
  userId?: string;
  teamId?: string;
  task: string;
  dueAt: Dayjs;
};

function AddParticipantModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddParticipant();
  const staff = useStaffList();
  const teams = useTeams();
  const required = { required: true, message: t("validation.required") };
  return (
    <FormModal<Values>
      title={t("complaints.participants.add")}
      onClose={onClose}
      onSubmit={async (v) => {
        await add.mutateAsync({
          id: complaint.id,
          body: {
            department: v.department,
            ...(v.userId ? { userId: v.userId } : { teamId: v.teamId }),
            task: v.task.trim(),
            dueAt: v.dueAt.toISOString(),
          },
        });
        showSuccess(t("complaints.participants.added"));
      }}
    >
      {() => (
        <>
          <Form.Item name="department" label={t("complaints.participants.department")} rules={[required]}>
            <Select
              data-testid="participant-department"
              options={COMPLAINT_DEPARTMENTS.map((d) => ({
                value: d,
                label: t(`complaints.department.${d}`),
              }))}
            />
          </Form.Item>
          <Flex gap={8} wrap>
            <Form.Item
              name="userId"
              label={t("complaints.participants.who")}
              style={{ flex: 1, minWidth: 180 }}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                options={(staff.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
            <Form.Item
              name="teamId"
              label={t("complaints.participants.team")}
              style={{ flex: 1, minWidth: 180 }}
            >
              <Select
                allowClear
                options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
              />
            </Form.Item>
          </Flex>
          <Form.Item
            name="task"
            label={t("complaints.participants.task")}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="dueAt" label={t("complaints.participants.due")} rules={[required]}>
            <DatePicker showTime style={{ width: "100%" }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

// Departments pulled into the complaint, each with its task and deadline (overdue ones in red).
export function ComplaintParticipants({ complaint, canEdit }: { complaint: Complaint; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const complete = useCompleteTask();
  const [adding, setAdding] = useState(false);
  return (
    <div data-testid="complaint-participants">
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{t("complaints.participants.title")}</Typography.Text>
        {canEdit ? (
          <Button size="small" onClick={() => setAdding(true)}>
            {t("complaints.participants.add")}
          </Button>
        ) : null}
      </Flex>
      {complaint.participants.length === 0 ? (
        <Typography.Text type="secondary">{t("complaints.participants.none")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={complaint.participants}
          renderItem={(p) => (
            <List.Item
              actions={
                p.doneAt
                  ? [
                      <Tag key="done" color="green">
                        {t("complaints.participants.done")}
                      </Tag>,
                    ]
                  : [
                      <Button
                        key="done"
                        size="small"
                        type="link"
                        loading={complete.isPending}
                        onClick={() => complete.mutate({ id: complaint.id, participantId: p.id })}
                      >
                        {t("complaints.participants.markDone")}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <span>
                    <Tag>{t(`complaints.department.${p.department}`)}</Tag>
                    {p.userName ?? p.teamName ?? ""}
                  </span>
                }
                description={
                  <>
                    <div>{p.task}</div>
                    <Typography.Text type={p.overdue ? "danger" : "secondary"}>
                      {t("complaints.participants.due")} {fmt.dateTime(p.dueAt)}
                      {p.overdue ? ` · ${t("complaints.participants.overdue")}` : ""}
                    </Typography.Text>
                    {p.doneNote ? <div>{p.doneNote}</div> : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {adding ? <AddParticipantModal complaint={complaint} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}

import { Alert, List, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { DispatchBoard, MoveAnswer } from "./api";
import { clock } from "./time";
import { warningText } from "./warning-text";

export type PendingMove = { visitId: string; technicianId: string; position?: number; answer: MoveAnswer };

// The live answer to a drag: the technician's new round and what the move breaks. Confirming
// applies it (with the warnings accepted).
export function MoveModal(props: {
  move: PendingMove | null;
  board: DispatchBoard;
  applying: boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const { move, board } = props;
  const { t, i18n } = useTranslation();
  const visit = board.visits.find((v) => v.id === move?.visitId);
  const tech = board.technicians.find((x) => x.id === move?.technicianId);
  const labels = new Map(board.visits.map((v) => [v.id, v.label]));
  const warnings = move?.answer.warnings ?? [];
  return (
    <Modal
      open={move !== null}
      title={t("dispatch.move.title", { label: visit?.label ?? "", name: tech?.name ?? "" })}
      okText={warnings.length ? t("dispatch.move.applyAnyway") : t("dispatch.move.apply")}
      okButtonProps={{ danger: warnings.length > 0, loading: props.applying, id: "apply-move" }}
      onOk={props.onApply}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {warnings.length ? (
        <Alert
          data-testid="move-warnings"
          type="warning"
          showIcon
          message={t("dispatch.move.warnings")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {warnings.map((w) => (
                <li key={`${w.code}-${w.visitId ?? w.technicianId}`}>{warningText(t, w)}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert data-testid="move-ok" type="success" showIcon message={t("dispatch.move.ok")} />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("dispatch.move.newRound")}
      </Typography.Title>
      <List
        size="small"
        dataSource={move?.answer.round.stops ?? []}
        renderItem={(s, i) => (
          <List.Item>
            <span>
              {i + 1}. {clock(s.start, board.timeZone, i18n.language)} {labels.get(s.visitId)}
            </span>
            {s.late > 0 ? (
              <Typography.Text type="danger">{t("dispatch.late", { minutes: s.late })}</Typography.Text>
            ) : null}
          </List.Item>
        )}
      />
    </Modal>
  );
}

import { QuestionCircleOutlined } from "@ant-design/icons";
import { Button, Modal, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHotkeys } from "../../app/keys";

const KEYS = [
  ["j", "shortcuts.down"],
  ["k", "shortcuts.up"],
  ["Enter", "shortcuts.open"],
  ["x", "shortcuts.tick"],
  ["r", "shortcuts.reply"],
  ["n", "shortcuts.note"],
  ["e", "shortcuts.escalate"],
  ["t", "shortcuts.take"],
  ["Shift+N", "shortcuts.next"],
  ["?", "shortcuts.help"],
] as const;

// `?` anywhere in the console opens the list of shortcuts.
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useHotkeys({ "?": () => setOpen(true) });
  return (
    <>
      <Tooltip title={t("queue.keysHint")}>
        <Button
          type="text"
          icon={<QuestionCircleOutlined />}
          aria-label={t("shortcuts.title")}
          onClick={() => setOpen(true)}
          data-testid="shortcuts-button"
        />
      </Tooltip>
      <Modal
        open={open}
        title={t("shortcuts.title")}
        footer={null}
        onCancel={() => setOpen(false)}
        data-testid="shortcuts-modal"
      >
        <table style={{ width: "100%", borderCollapse: "collapse" }}>
          <tbody>
            {KEYS.map(([key, label]) => (
              <tr key={key} style={{ borderBottom: "1px solid #f0f0f0" }}>
                <td style={{ padding: "6px 8px", width: 90 }}>
                  <kbd
                    style={{
                      border: "1px solid #d9d9d9",
                      borderBottomWidth: 2,
                      borderRadius: 4,
                      padding: "1px 6px",
                      fontFamily: "monospace",
                      background: "#fafafa",
                    }}
                  >
                    {key}
                  </kbd>
                </td>
                <td style={{ padding: "6px 8px" }}>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Modal>
    </>
  );
}

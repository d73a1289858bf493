import { Button, Flex, Input } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import SignaturePad from "signature_pad";
import { showWarning } from "../../app/feedback";

// The customer signs on the technician's screen with a finger; sent as a PNG data URL.
export function SignatureBox({
  busy,
  onSave,
}: {
  busy: boolean;
  onSave: (image: string, signedBy: string) => void;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [name, setName] = useState("");
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // Match the canvas to its on-screen size (and pixel ratio), or strokes land off the finger.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext("2d")?.scale(ratio, ratio);
    pad.current = new SignaturePad(el, { backgroundColor: "rgb(255,255,255)" });
    return () => pad.current?.off();
  }, []);
  const save = () => {
    if (!pad.current || pad.current.isEmpty()) return showWarning(t("field.signFirst"));
    onSave(pad.current.toDataURL("image/png"), name.trim());
  };
  return (
    <Flex vertical gap={8}>
      <canvas
        ref={canvas}
        data-testid="signature-canvas"
        aria-label={t("field.signature")}
        style={{
          width: "100%",
          height: 160,
          border: "1px solid #d9d9d9",
          borderRadius: 6,
          touchAction: "none",
        }}
      />
      <Input
        data-testid="signed-by"
        placeholder={t("field.signedBy")}
        aria-label={t("field.signedBy")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={100}
      />
      <Flex gap={8}>
        <Button onClick={() => pad.current?.clear()}>{t("field.clear")}</Button>
        <Button
          type="primary"
          data-testid="save-signature"
          loading={busy}
          disabled={!name.trim()}
          onClick={save}
        >
          {t("field.saveSignature")}
        </Button>
      </Flex>
    </Flex>
  );
}

import { PaperClipOutlined, PictureOutlined } from "@ant-design/icons";
import { Button, Upload, type UploadFile } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../app/api";
import { errorText, showError } from "../app/feedback";

type Props = {
  value?: string[];
  onChange?: (ids: string[]) => void;
  onBusyChange?: (busy: boolean) => void;
  photos?: boolean;
  label?: string;
  testId?: string;
};

// Uploads each file at once (POST /attachments) and reports the ids of the finished ones.
export function AttachmentPicker({ value, onChange, onBusyChange, photos, label, testId }: Props) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);

  useEffect(() => {
    // The parent form was reset after a successful send: forget the files too.
    if ((value ?? []).length === 0) setFiles((prev) => prev.filter((f) => f.status === "uploading"));
  }, [value]);

  useEffect(() => {
    onBusyChange?.(files.some((f) => f.status === "uploading"));
  }, [files, onBusyChange]);

  const sync = (next: UploadFile<{ id: string }>[]) => {
    setFiles(next);
    const ids = next.flatMap((f) => (f.status === "done" && f.response?.id ? [f.response.id] : []));
    onChange?.(ids);
  };

  return (
    <Upload<{ id: string }>
      multiple
      accept={photos ? "image/*" : undefined}
      listType={photos ? "picture" : "text"}
      fileList={files}
      data-testid={testId}
      onChange={({ fileList }) => sync(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        const name = file instanceof File ? file.name : "file";
        const blob = typeof file === "string" ? new Blob([file]) : file;
        api
          .upload(blob, name)
          .then((att) => onSuccess?.({ id: att.id }))
          .catch((err: unknown) => {
            showError(err);
            const e = new Error(errorText(err));
            onError?.(Object.assign(e, { status: 0, method: "POST" as const, url: "" }));
          });
      }}
    >
      <Button icon={photos ? <PictureOutlined /> : <PaperClipOutlined />}>
        {label ?? t("reply.attach")}
      </Button>
    </Upload>
  );
}

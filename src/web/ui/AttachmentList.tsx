import { FileImageOutlined, PaperClipOutlined } from "@ant-design/icons";
import { Button, Flex, Image, Skeleton, Space } from "antd";
import { useTranslation } from "react-i18next";
import { openAttachment } from "../app/api";
import { showError } from "../app/feedback";
import type { Attachment } from "../app/types";
import { useBlobUrl } from "./useBlobUrl";

const size = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

const isPhoto = (a: Attachment) => /^image\/(png|jpe?g|gif|webp|heic|heif|bmp)$/i.test(a.contentType);

const THUMB = 88;

// A photo as a thumbnail; a tap (or Enter) opens it full size.
function Photo({ a }: { a: Attachment }) {
  const { url, failed } = useBlobUrl(`/attachments/${encodeURIComponent(a.id)}`);
  if (failed) return <FileLink a={a} />;
  if (!url) return <Skeleton.Image active style={{ width: THUMB, height: THUMB }} />;
  return (
    <Image
      src={url}
      alt={a.name}
      width={THUMB}
      height={THUMB}
      style={{ objectFit: "cover", borderRadius: 6 }}
      data-testid="attachment-photo"
    />
  );
}

function FileLink({ a }: { a: Attachment }) {
  return (
    <Button
      size="small"
      type="link"
      icon={isPhoto(a) ? <FileImageOutlined /> : <PaperClipOutlined />}
      onClick={() => void openAttachment(a).catch(showError)}
      style={{ whiteSpace: "normal", height: "auto", textAlign: "start" }}
    >
      {a.name} <span style={{ color: "rgba(0,0,0,0.45)" }}>({size(a.size)})</span>
    </Button>
  );
}

// Photos as thumbnails (one preview group, so the enlarged view swipes between them), other files as links.
export function AttachmentList({ items }: { items: Attachment[] | undefined }) {
  const { t } = useTranslation();
  if (!items || items.length === 0) return null;
  const photos = items.filter(isPhoto);
  const files = items.filter((a) => !isPhoto(a));
  return (
    <Flex vertical gap={8} aria-label={t("ticket.attachments")} role="group">
      {photos.length > 0 ? (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {photos.map((a) => (
              <Photo key={a.id} a={a} />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {files.length > 0 ? (
        <Space wrap size={4}>
          {files.map((a) => (
            <FileLink key={a.id} a={a} />
          ))}
        </Space>
      ) : null}
    </Flex>
  );
}

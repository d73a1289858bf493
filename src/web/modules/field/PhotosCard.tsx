import { CameraOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Image, Skeleton, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchBlob } from "../../app/api";
import { showWarning } from "../../app/feedback";
import type { Visit } from "./api";
import { photoDataUrl } from "./photo-resize";

const THUMB = 96;

// A stored photo: fetched with the bearer token, shown from a blob URL.
function StoredPhoto({ visitId, photoId, alt }: { visitId: string; photoId: string; alt: string }) {
  const blob = useQuery({
    queryKey: ["visits", "photo", visitId, photoId],
    queryFn: () => fetchBlob(`/visits/${encodeURIComponent(visitId)}/photos/${encodeURIComponent(photoId)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob.data) return;
    const u = URL.createObjectURL(blob.data);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob.data]);
  if (!url) return <Skeleton.Image active style={{ width: THUMB, height: THUMB }} />;
  return <Image src={url} alt={alt} width={THUMB} height={THUMB} style={{ objectFit: "cover" }} />;
}

// Photos of the visit: those stored, those still waiting in the offline queue, and (on site) the
// camera button — `capture` opens the camera on a phone, a file picker elsewhere.
export function PhotosCard({
  visit,
  queued,
  canAdd,
  busy,
  onAdd,
}: {
  visit: Visit;
  queued: string[];
  canAdd: boolean;
  busy: boolean;
  onAdd: (image: string) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    try {
      onAdd(await photoDataUrl(file));
    } catch {
      showWarning(t("field.photos.unreadable"));
    } finally {
      setReading(false);
      if (input.current) input.current.value = "";
    }
  };
  const count = visit.photos.length + queued.length;
  return (
    <Card size="small" title={t("field.photos.title")}>
      {count === 0 ? <Typography.Text type="secondary">{t("field.photos.none")}</Typography.Text> : null}
      <Image.PreviewGroup>
        <Flex gap={8} wrap data-testid="visit-photos">
          {visit.photos.map((p, i) => (
            <StoredPhoto
              key={p.id}
              visitId={visit.id}
              photoId={p.id}
              alt={t("field.photos.alt", { n: i + 1 })}
            />
          ))}
          {queued.map((src, i) => (
            <Flex key={src.slice(-40) + String(i)} vertical align="center">
              <Image
                src={src}
                width={THUMB}
                height={THUMB}
                style={{ objectFit: "cover", opacity: 0.6 }}
                alt={t("field.photos.alt", { n: visit.photos.length + i + 1 })}
              />
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t("field.photos.waiting")}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      </Image.PreviewGroup>
      {canAdd ? (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            data-testid="photo-input"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          <Button
            icon={<CameraOutlined />}
            style={{ marginTop: 8 }}
            loading={busy || reading}
            onClick={() => input.current?.click()}
          >
            {t("field.photos.add")}
          </Button>
        </>
      ) : null}
    </Card>
  );
}

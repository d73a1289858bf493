// A photo from the phone's camera, re-encoded as a JPEG data URL no wider or taller than `max`
// pixels: small enough to queue offline and to send in one request (the API takes up to ~1 MB).
export async function photoDataUrl(file: File, max = 1600): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const [edge, quality] of [
      [max, 0.82],
      [1024, 0.72],
      [720, 0.6],
    ] as const) {
      const scale = Math.min(1, edge / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const url = canvas.toDataURL("image/jpeg", quality);
      if (url.length < 950_000) return url;
    }
    throw new Error("photo too large");
  } finally {
    bitmap.close();
  }
}

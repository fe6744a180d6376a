import { HttpError } from "./rest-error";

/**
 * Reads a JSON body of at most `maxBytes`, streaming so an oversized body is
 * refused (413) without being held in memory. An empty body reads as {}.
 */
export async function readJsonBody(request: Request, maxBytes = 16 * 1024): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new HttpError(413, "too_large", `The request body is over ${Math.round(maxBytes / 1024)} KB.`);
  const reader = request.body?.getReader();
  if (!reader) return {};
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new HttpError(413, "too_large", `The request body is over ${Math.round(maxBytes / 1024)} KB.`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

// Reading a stream whole, but never more than a cap: reading stops as soon as it passes it, so a
// client or a pipe that never ends costs at most the cap plus one chunk. Used by `entities -` and
// the webhook server.

/** All of `input`, or its size so far once that is over `maxBytes` (reading stops there). */
export async function readAllCapped(
  input: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; size: number }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += piece.byteLength;
    if (size > maxBytes) return { ok: false, size };
    parts.push(piece);
  }
  return { ok: true, bytes: Buffer.concat(parts, size) };
}

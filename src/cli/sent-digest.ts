// `newsbrief digest --chat ID --day YYYY-MM-DD`: what that chat was sent on its local day, as plain
// text (the same answer /digest YYYY-MM-DD gives in the chat), or as JSON with --json.
import { sentReply } from '../../commands/digest.js';
import type { AppDeps } from '../app.js';
import { htmlToText } from './offline-api.js';

export async function runSentDigest(
  app: AppDeps,
  chatId: number,
  day: string,
  io: { json: boolean; outText: (text: string) => void; outJson: (json: string) => void },
): Promise<number> {
  const sent = await app.digests.sent(chatId, day);
  if (io.json) io.outJson(JSON.stringify({ chatId, day, ...sent }));
  else io.outText(sentReply(day, sent).map(htmlToText).join('\n\n'));
  return 'messages' in sent ? 0 : 1;
}

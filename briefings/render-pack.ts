// Packs rendered blocks into Telegram messages (pure). A block is never cut across messages; the footer (the
// disclaimers) closes the last message and never stands alone: when it does not fit there, the last block(s)
// move on with it. Sizes are the parsed text's, as Telegram counts them.
import { splitMessage, TELEGRAM_MESSAGE_LIMIT, visibleText } from '../src/render/telegram-html.js';

export interface Block {
  html: string;
  /** What joins it to the block before it in one message: a blank line between events, a line break in a list. */
  joiner: '\n\n' | '\n';
  /** Stays in the message of the block after it (a header is never a message on its own). */
  sticky?: boolean;
}

export function packMessages(blocks: readonly Block[], footer: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: Block[][] = [];
  let current: Block[] = [];
  for (const block of blocks.flatMap((b) => fitting(b, limit))) {
    if (current.length && size([...current, block]) > limit) {
      const carried: Block[] = [];
      while (current.at(-1)?.sticky) carried.unshift(current.pop()!);
      if (current.length) messages.push(current);
      current = carried;
    }
    current.push(block);
  }
  const footerBlock: Block = { html: footer, joiner: '\n\n' };
  if (current.length && size([...current, footerBlock]) > limit) {
    const last = current.at(-1)!;
    if (size([last, footerBlock]) > limit) {
      // Disclaimers longer than a message can hold with any block (only hostile input): they go on by themselves.
      messages.push(current);
      return [...messages.map(join), ...splitMessage(footer, limit)];
    }
    // The last block moves on with the footer, so the footer never stands alone.
    const moved = [current.pop()!];
    while (current.at(-1)?.sticky) moved.unshift(current.pop()!);
    if (current.length) messages.push(current);
    current = moved;
  }
  messages.push([...current, footerBlock]);
  return messages.map(join);
}

function join(blocks: readonly Block[]): string {
  return blocks.map((b, i) => (i === 0 ? b.html : b.joiner + b.html)).join('');
}

function size(blocks: readonly Block[]): number {
  return visibleText(join(blocks)).length;
}

/** A block longer than a whole message (only a pathological title) is split by the generic splitter. */
function fitting(block: Block, limit: number): Block[] {
  if (visibleText(block.html).length <= limit) return [block];
  return splitMessage(block.html, limit).map((html, i) => ({ html, joiner: i === 0 ? block.joiner : '\n\n' }));
}

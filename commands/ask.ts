// /ask <question>, and a private chat's plain text that reads as a question: answered with sentences quoted from
// the stored articles, each cited (outlet, date, link), or "I don't know from the articles I have".
import type { NextFunction } from 'grammy';
import type { BotContext } from '../src/telegram/context.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { askQuestion } from '../src/search/ask.js';
import { looksLikeQuestion, MAX_QUESTION_CHARS } from '../src/search/question-terms.js';
import { renderAnswerHtml } from '../src/search/render-answer.js';

export const ASK_USAGE = "Usage: /ask <question>, e.g. /ask Who is Lithuania's foreign minister?";
export const ASK_TOO_LONG = `That question is too long (over ${MAX_QUESTION_CHARS} characters). Please ask it in fewer words.`;

const answer = async (ctx: BotContext, question: string) => replyHtml(ctx, renderAnswerHtml(await askQuestion(question, ctx.deps.search)));

export const ask = defineCommand({
  name: 'ask',
  description: "Ask the articles a question, e.g. /ask Who is Lithuania's foreign minister?",
  handle: async (ctx) => {
    const question = ctx.match.trim().replace(/\s+/g, ' ');
    if (!question) return replyHtml(ctx, escapeHtml(ASK_USAGE));
    if (question.length > MAX_QUESTION_CHARS) return replyHtml(ctx, escapeHtml(ASK_TOO_LONG));
    return answer(ctx, question);
  },
  // Registered last (commands/index.ts), so every feature waiting for a typed answer sees the text first.
  followUp: askPlainText,
});

/** A private chat's plain text that reads as a question (looksLikeQuestion); anything else goes on to the hint. */
async function askPlainText(ctx: BotContext, next: NextFunction): Promise<unknown> {
  const text = ctx.msg?.text;
  if (ctx.chat?.type !== 'private' || text === undefined || !looksLikeQuestion(text)) return next();
  return answer(ctx, text.trim().replace(/\s+/g, ' '));
}

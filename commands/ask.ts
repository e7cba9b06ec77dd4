// /ask <question>, and a private chat's plain text that reads as a question: answered with sentences quoted from
// the stored articles, each cited (outlet, date, link), or "I don't know from the articles I have". With a model
// configured, a found answer may be the model's, written from those sentences and checked (model-answer.ts).
import type { NextFunction } from 'grammy';
import type { BotContext } from '../src/telegram/context.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import { askModelOf, askQuestion } from '../src/search/ask.js';
import { looksLikeQuestion, MAX_QUESTION_CHARS } from '../src/search/question-terms.js';
import { renderAnswerHtml } from '../src/search/render-answer.js';
import { speechOf } from '../src/i18n/speech.js';

// The quoted sentences stay in their articles' language; the labels, dates and "don't know" are the reader's.
const answer = async (ctx: BotContext, question: string) =>
  replyHtml(ctx, renderAnswerHtml(await askQuestion(question, ctx.deps.search, askModelOf({ ...ctx.deps, logger: ctx.log })), speechOf(ctx)));

export const ask = defineCommand({
  name: 'ask',
  description: "Ask the articles a question, e.g. /ask Who is Lithuania's foreign minister?",
  handle: async (ctx) => {
    const { t } = speechOf(ctx);
    const question = ctx.match.trim().replace(/\s+/g, ' ');
    if (!question) return replyHtml(ctx, escapeHtml(t('ask-usage')));
    if (question.length > MAX_QUESTION_CHARS) return replyHtml(ctx, escapeHtml(t('ask-too-long', { max: MAX_QUESTION_CHARS })));
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

// The model step of /ask against the local OpenAI stand-in over HTTP: the model's answer is used only when every
// sentence is grounded in the retrieved sentences; anything else keeps the extractive answer, with a reason code.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiSummarizer } from '../../src/llm/openai-summarizer.js';
import type { Answer } from '../../src/search/answer.js';
import { answerWithModel, citationOf, groundedAnswer, type ModelAnswerOptions } from '../../src/search/model-answer.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

const ferry = {
  text: 'The Eastport ferry resumed service on Monday after four months of repairs.',
  recordId: 'r-ferry',
  source: 'Harbour Gazette',
  url: 'https://gazette.example.com/ferry',
  publishedAt: '2025-05-05T08:00:00.000Z',
};
const schedule = {
  text: 'Harbour master Lena Moss said the ferry would run every two hours until June.',
  recordId: 'r-radio',
  source: 'Coast Radio',
  publishedAt: '2025-05-06T07:30:00.000Z',
};
const extractive: Answer = { question: 'When did the Eastport ferry start running again?', found: true, sentences: [ferry, schedule] };

let fake: FakeOpenAi;
let codes: (string | undefined)[];
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  codes = [];
});
const options = (timeoutMs = 2000): ModelAnswerOptions => ({
  summarizer: createOpenAiSummarizer({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'answer-model', timeoutMs, maxRetries: 0 }),
  timeoutMs,
  onFallback: (error) => codes.push((error as { code?: string }).code),
});

describe('answerWithModel', () => {
  it("when every sentence of the model's answer is grounded then it is the answer, each sentence cited with the retrieved one it draws on", async () => {
    fake.setMode({ kind: 'answer', content: 'The Eastport ferry resumed service on Monday. Lena Moss said it would run every two hours.' });
    const answer = await answerWithModel(extractive, options());
    expect(answer.by).toBe('model');
    expect(answer.found).toBe(true);
    expect(answer.sentences).toEqual([
      { ...ferry, text: 'The Eastport ferry resumed service on Monday.' },
      { ...schedule, text: 'Lena Moss said it would run every two hours.' },
    ]);
    expect(codes).toEqual([]);
  });

  it('should send the question and the retrieved sentences with outlet and date, and ask for UNKNOWN when they do not answer', async () => {
    fake.setMode({ kind: 'answer', content: 'The ferry resumed service on Monday.' });
    const before = fake.requests.length;
    await answerWithModel(extractive, options());
    const body = fake.requests[before]!.body;
    expect(body.model).toBe('answer-model');
    const [system, user] = body.messages.map((m) => m.content);
    expect(system).toMatch(/use only/i);
    expect(system).toContain('UNKNOWN');
    expect(user).toContain(extractive.question);
    expect(user).toContain(`${ferry.text} (Harbour Gazette, 2025-05-05)`);
    expect(user).toContain(`${schedule.text} (Coast Radio, 2025-05-06)`);
  });

  it('when the model invents a number then the extractive answer is kept, logged as ungrounded', async () => {
    fake.setMode({ kind: 'answer', content: 'The Eastport ferry resumed service on Monday after five months of repairs.' });
    const answer = await answerWithModel(extractive, options());
    expect(answer).toEqual({ ...extractive, by: 'extract' });
    expect(codes).toEqual(['LLM_UNGROUNDED']);
  });

  it('when one sentence of several is ungrounded then none of the model answer is used', async () => {
    fake.setMode({ kind: 'answer', content: 'The Eastport ferry resumed service on Monday. Captain Ivo Brandt steers it.' });
    expect((await answerWithModel(extractive, options())).sentences).toEqual(extractive.sentences);
    expect(codes).toEqual(['LLM_UNGROUNDED']);
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 } as const, undefined],
    ['malformed JSON', { kind: 'malformed' } as const, undefined],
    ['a hang past the timeout', { kind: 'hang' } as const, 'LLM_TIMEOUT'],
  ])('when the model fails with %s then the extractive answer is sent in time', async (_label, mode, code) => {
    fake.setMode(mode);
    const started = Date.now();
    const answer = await answerWithModel(extractive, options(400));
    expect(Date.now() - started).toBeLessThan(400 + 1000);
    expect(answer).toEqual({ ...extractive, by: 'extract' });
    expect(codes).toHaveLength(1);
    if (code) expect(codes[0]).toBe(code);
  });

  it.each([
    ['UNKNOWN', 'UNKNOWN'],
    ['UNKNOWN with a full stop', 'UNKNOWN.'],
    ['nothing', ''],
  ])("when the model says %s then the extractive answer stays, still found", async (_label, content) => {
    fake.setMode({ kind: 'answer', content });
    const answer = await answerWithModel(extractive, options());
    expect(answer).toEqual({ ...extractive, found: true, by: 'extract' });
    expect(codes).toEqual(['LLM_UNKNOWN']);
  });

  it('when retrieval found nothing then the model is not asked and the answer stays not found', async () => {
    fake.setMode({ kind: 'answer', content: 'The ferry resumed service on Monday.' });
    const before = fake.requests.length;
    const none: Answer = { question: 'Who won the regatta?', found: false, sentences: [] };
    expect(await answerWithModel(none, options())).toEqual({ ...none, by: 'extract' });
    expect(fake.requests.length).toBe(before);
  });

  it('when the model writes more than three sentences then three are kept', async () => {
    fake.setMode({ kind: 'answer', content: 'The ferry resumed service. It was repaired. It runs every two hours. It runs until June.' });
    const answer = await answerWithModel(extractive, options());
    expect(answer.by).toBe('model');
    expect(answer.sentences.map((s) => s.text)).toEqual(['The ferry resumed service.', 'It was repaired.', 'It runs every two hours.']);
  });
});

describe('groundedAnswer and citationOf', () => {
  it('should cite the retrieved sentence sharing most content words, the better-ranked one on a tie', () => {
    expect(citationOf('Moss expects the ferry every two hours until June.', [ferry, schedule]).source).toBe('Coast Radio');
    expect(citationOf('It is so.', [ferry, schedule]).source).toBe('Harbour Gazette');
  });

  it('should throw when a sentence names what the retrieved sentences do not, and keep the citation fields otherwise', () => {
    expect(() => groundedAnswer(['The ferry resumed service on Tuesday.'], [ferry, schedule])).toThrow(/Tuesday/);
    expect(groundedAnswer(['The ferry resumed on Monday.'], [ferry, schedule])).toEqual([{ ...ferry, text: 'The ferry resumed on Monday.' }]);
  });
});

// One chat's view of a composed window, rendered once per distinct view: chats with the same window,
// source set, zone, language, story languages, topics and marks (which events are new, which are updates) share one rendering,
// and one archived copy, named by the hash of its messages.
import { createHash } from 'node:crypto';
import type { Briefing } from './compose.js';
import { personalize } from './personalize.js';
import { renderBriefing } from './render.js';
import type { DigestStrings } from './render-strings.js';

export interface ViewSettings {
  timeZone: string;
  include: readonly string[];
  exclude: readonly string[];
  /** The story languages the chat reads (ISO 639-1); empty or absent: every language. */
  languages?: readonly string[] | undefined;
  /** Events already sent to this chat and their article counts (absent: none). */
  previous: Readonly<Record<string, number>> | undefined;
  /** The chat's language (absent: English) and the frame's words in it. */
  locale?: string | undefined;
  strings?: DigestStrings | undefined;
}

export interface RenderedView {
  /** Empty when nothing is new for this chat. */
  messages: string[];
  remember: Record<string, number>;
  /** Names the archived copy; '' when there are no messages. */
  hash: string;
}

export function viewHash(messages: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 32);
}

const sortedList = (list: readonly string[]) => [...list].map((x) => x.toLowerCase()).sort().join(',');

export function createViewRenderer() {
  const renderings = new Map<string, { messages: string[]; hash: string }>();
  return {
    /**
     * `compositionKey` names the composition `briefing` is: its window AND source set (createWindowCache's
     * keyOf), so two chats with one window but different sources never share a rendering.
     */
    render(compositionKey: string, briefing: Briefing, settings: ViewSettings): RenderedView {
      const languages = settings.languages ?? [];
      const view = personalize(briefing, { include: settings.include, exclude: settings.exclude, previous: settings.previous, languages });
      if (view.briefing.events.length === 0) return { messages: [], remember: view.remembered, hash: '' };
      const key = [
        compositionKey, settings.locale ?? 'en', settings.timeZone, sortedList(languages),
        sortedList(settings.include), sortedList(settings.exclude), view.renderKey,
      ].join('|');
      let rendered = renderings.get(key);
      if (!rendered) {
        const messages = renderBriefing(view.briefing, {
          timeZone: settings.timeZone,
          ...(settings.locale ? { locale: settings.locale } : {}),
          ...(settings.strings ? { strings: settings.strings } : {}),
        });
        rendered = { messages, hash: viewHash(messages) };
        renderings.set(key, rendered);
      }
      return { ...rendered, remember: view.remembered };
    },
    count: () => renderings.size,
  };
}

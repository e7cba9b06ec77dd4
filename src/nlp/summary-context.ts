// Sentences that lean on context a summary may not give them: a pronoun, a connective or a bare "the company"
// with nothing before it to refer to, or a quote with no speaker. Such a sentence can't open a summary, and
// follows another only right after the sentence it leans on.

// Openers that refer back: pronouns, demonstratives and connectives.
const BACK_REFERENCE =
  /^[\s"“‘'(]*(?:he|she|they|it|him|her|them|his|hers|their|its|this|that|these|those|such|both|neither|either|but|and|or|nor|however|also|meanwhile|still|yet|so|then|thus|therefore|hence|instead|moreover|furthermore|besides|nevertheless|nonetheless|otherwise|likewise|similarly|later|afterward|afterwards|again|too|indeed|in addition|in turn|by then|by contrast|in response|as a result|at the time|that's|it's|there's|he's|she's|they're)\b/i;
// "The company said…", "The man, 45, …": a generic noun standing for someone named earlier.
const BARE_DEFINITE =
  /^[\s"“]*the (?:company|firm|man|woman|boy|girl|couple|family|pair|group|suspect|victim|teen|teenager|child|baby|mother|father|son|daughter|wife|husband|official|agency|report|study|move|decision|incident|attack|plan|bill|deal|case|lawsuit|letter|statement|video|book|film|show|singer|actor|actress|star|player|team|brand|network|site|app|device|animal|dog|cat|plane|ship|car|driver|author|researcher|researchers|scientists|former|latter|same)\b/i;
// "…," he said. / "…," she told reporters.: the speaker is only a pronoun.
const PRONOUN_SPEAKER = /["”’]\s*,?\s*(?:he|she|they|it) (?:said|says|added|told|wrote|explained|noted|continued)\b/i;

/** Whether the sentence depends on a previous one to make sense. */
export function needsContext(sentence: string): boolean {
  if (BACK_REFERENCE.test(sentence) || BARE_DEFINITE.test(sentence) || PRONOUN_SPEAKER.test(sentence)) return true;
  return isBareQuote(sentence);
}

/** A sentence that is only a quotation ("“I'm shocked.”"): who says it is in another sentence. */
function isBareQuote(sentence: string): boolean {
  const t = sentence.trim();
  return /^["“]/.test(t) && /["”]$/.test(t) && !/["”][^"“”]+["“]/.test(t.slice(1, -1));
}

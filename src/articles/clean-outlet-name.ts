// Is a name a publisher? Credit lines, social handles, image libraries and photographers are not: "Scout
// Willis/Twitter", "Jane Doe (Getty Images", "@newsdesk", "Instagram". Used when a name is read from article text
// (source.ts, at cleaning), and when events are ranked and source lines rendered, for records stored before this check.

/** Placeholder names a record gets when nothing named its outlet. */
const PLACEHOLDERS = /^(?:unknown(?: source| outlet)?|source unknown|n\/?a|none|anonymous|staff|wire|wires|agencies)$/i;
const SOCIAL = /^(?:twitter|x|facebook|instagram|youtube|tiktok|snapchat|reddit|flickr|pinterest|linkedin|telegram|whatsapp|weibo|wechat|threads|bluesky|mastodon|tumblr|vimeo|giphy|imgur)(?:\.com)?$/i;
const IMAGE_LIBRARIES =
  /^(?:getty(?: images)?|shutterstock|alamy|istock(?:photo)?|unsplash|pexels|pool|file|handout|epa-efe|epa|sipa|zuma(?: press)?|imago|picture alliance|dreamstime|wikimedia(?: commons)?|ap images|rex features|rex)$/i;
// Words that make a two- or three-word name a publication rather than a person.
const OUTLET_WORDS =
  /\b(?:news|times|post|press|journal|daily|herald|radio|tv|television|agency|media|tribune|gazette|telegraph|guardian|observer|chronicle|independent|review|magazine|network|channel|insight|report|reporter|today|weekly|star|sun|mail|express|standard|mirror|monitor|dispatch|courier|bulletin|wire|broadcasting|corporation|online|digital|group|insider|world|international|global|public|live|info|business|economist|voice|register|record|free|new|sport|sports|science|tech|politics|affairs|center|centre|institute|foundation|service|bureau|office|ministry|government|council|university|college|club|association|society|union|bank|company)\b/i;
// Articles of other languages that open publication names: "Der Spiegel", "Le Monde", "Al Jazeera".
const NAME_ARTICLES = /^(?:the|der|die|das|le|la|les|el|il|lo|al|an|de|het|o|a)\s/i;

/** A credit line or handle, not a publisher: slashes, brackets, @handles, "photo", social networks, image libraries. */
export function isCreditLike(name: string): boolean {
  const text = name.trim();
  if (/[/()@|©[\]]/.test(text) || /\b(?:photo|photograph|image|picture|credit|courtesy|via)s?\b/i.test(text)) return true;
  return SOCIAL.test(text) || IMAGE_LIBRARIES.test(text);
}

/** "Scout Willis", "Jane M. Doe": capitalised given-name-and-surname shape with no publication word. */
export function looksLikePerson(name: string): boolean {
  const text = name.trim();
  if (NAME_ARTICLES.test(text) || OUTLET_WORDS.test(text) || /\d/.test(text)) return false;
  return /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: (?:van |von |de |da |del |di |le |la |al-|el-)?\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(text);
}

/**
 * Whether the stored name names a publisher: a placeholder, credit line or handle does not, nor a person's name
 * ("Scout Willis", "Jane Doe": a photographer or author stored as the outlet). None of the outlets source.ts knows by
 * name has a person's shape, so that check needs no exception for them.
 */
export function isRealOutlet(name: string): boolean {
  const text = name.trim();
  return text.length >= 2 && text.length <= 200 && !PLACEHOLDERS.test(text) && !isCreditLike(text) && !looksLikePerson(text);
}

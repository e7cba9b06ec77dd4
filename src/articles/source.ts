// Which outlet an article comes from (datelines: dateline.ts): credits "Image from AP News", "Source:"/"Via:" lines.

/**
 * Well-known agency and outlet abbreviations and spellings → the name we store.
 * Keys are lower-case. Anything not listed is kept as written (trimmed).
 */
const OUTLETS: Record<string, string> = {
  ap: 'AP News', 'ap news': 'AP News', 'associated press': 'AP News', 'the associated press': 'AP News', 'ap photo': 'AP News',
  afp: 'Agence France-Presse', 'agence france-presse': 'Agence France-Presse', 'agence france presse': 'Agence France-Presse',
  reuters: 'Reuters', 'thomson reuters': 'Reuters',
  dpa: 'dpa', 'deutsche presse-agentur': 'dpa',
  upi: 'UPI', 'united press international': 'UPI',
  ansa: 'ANSA', efe: 'EFE', 'agencia efe': 'EFE', xinhua: 'Xinhua', tass: 'TASS', interfax: 'Interfax',
  pap: 'PAP', ukrinform: 'Ukrinform', kyodo: 'Kyodo News', yonhap: 'Yonhap', pti: 'PTI', ians: 'IANS',
  aa: 'Anadolu Agency', anadolu: 'Anadolu Agency', 'rfe/rl': 'Radio Free Europe/Radio Liberty', belta: 'BelTA',
  bbc: 'BBC News', 'bbc news': 'BBC News', cnn: 'CNN', bloomberg: 'Bloomberg', apa: 'APA', ctk: 'ČTK', bta: 'BTA',
};

// Image libraries credit the picture, not the story.
const IMAGE_LIBRARIES = /^(getty( images)?|shutterstock|alamy|istock(photo)?|unsplash|pexels|pool|file|handout|epa-efe|epa|sipa|zuma( press)?|imago|picture alliance|dreamstime|wikimedia( commons)?)$/i;

/** Canonical outlet name for an agency abbreviation or spelling, or undefined when it is not a plausible name. */
export function outletName(raw: string): string | undefined {
  const name = raw
    .replace(/^[\s"'“”(]+|[\s"'“”).,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length < 2 || name.length > 60 || /https?:/i.test(name)) return undefined;
  const lower = name.toLowerCase();
  const known = OUTLETS[lower] ?? OUTLETS[lower.replace(/^the /, '')];
  if (known) return known;
  if (IMAGE_LIBRARIES.test(name)) return undefined;
  return name;
}

/**
 * The outlet named by a credit or source line, e.g. "Image from AP News", "Photo: Jane Doe/Reuters",
 * "(Photo: AFP via Getty Images)", "Source: Reuters", "Via: Kyiv Independent", "Originally published by X".
 * A bare photographer ("Photo by Jane Doe") names no outlet.
 */
export function outletFromCredit(line: string): string | undefined {
  const text = line.trim().replace(/^\(|\)$/g, '').trim();
  // "X via Getty Images" → X is the agency that shot it.
  const via = /^(?:.*?[:/]\s*)?([^:/]+?)\s+via\s+/i.exec(text);
  if (via?.[1]) {
    const name = outletName(via[1]);
    if (name && isKnownOutlet(name)) return name;
  }
  // "Jane Doe/Reuters", "AP Photo/Jane Doe"
  const slash = /([^\s:/][^:/]*)\/([^/]+)$/.exec(text.replace(/^[^:]*:\s*/, ''));
  if (slash) {
    for (const part of [slash[2] ?? '', slash[1] ?? '']) {
      const name = outletName(part.replace(/\s+photo$/i, ''));
      if (name && isKnownOutlet(name)) return name;
    }
  }
  const m =
    /^(?:image|photo|picture|video|footage|graphic|illustration|content|story|article|report)s?\s*(?:from|courtesy of|via|credit:?|source:?|:)\s*(.+)$/i.exec(text) ??
    /^(?:source|via|courtesy(?: of)?|credit|originally (?:published|appeared) (?:by|on|in|at)|this (?:story|article) (?:was )?(?:first |originally )?(?:published|appeared) (?:by|on|in|at))\s*:?\s*(.+?)\.?$/i.exec(text);
  const raw = m?.[1]?.trim();
  if (!raw) return undefined;
  const name = outletName(raw);
  if (!name) return undefined;
  // "Photo: John Smith" (a person, by the look of it) is not an outlet unless we know the name.
  if (/^(photo|image|picture|video)/i.test(text) && !/from|courtesy/i.test(text) && !isKnownOutlet(name) && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name)) {
    return undefined;
  }
  return name;
}

function isKnownOutlet(name: string): boolean {
  return Object.values(OUTLETS).includes(name);
}

/** Fallback outlet name from a URL: its hostname without "www.". */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

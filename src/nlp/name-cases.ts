// Russian, Belarusian and Ukrainian names change their endings with the grammatical case ("встреча Владимира
// Путина", "позвонил Зеленскому"): these rules take a Cyrillic name word back to the form the key is made from.
// Surnames get one base form (the key must be one string); given names get the few forms they may come from.
// Only the regular patterns are undone: -ов/-ев/-ин surnames (and their feminine -ова/-ина, which share the
// masculine key: the given name tells the two people apart), the adjective-like -ский/-цкий/-ський/-скі ones,
// -ый/-ой ones in -ого/-ому, and foreign surnames on a hard consonant (Трампа, Шольцем; not on к/г/х, where
// -а/-у belongs to the nominative: Лукашэнка, Шойгу). A nominative like Сковорода loses its -а: it keys apart
// from Latin Skovoroda (a split, never a merge of two people).

const SURNAME_CASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/([сц])ьк(?:ого|ому|им|ім)$/u, '$1ький'], // uk Зеленського → Зеленський
  [/([сц])ьк(?:ої|ій|у|ою)$/u, '$1ька'], // uk Тимошенко-style feminine -ська
  [/([сц])к(?:ого|ому|им|ом)$/u, '$1кий'], // ru Зеленского → Зеленский
  [/([сц])к(?:ага|аму|ім)$/u, '$1кі'], // be Бяляцкага → Бяляцкі
  [/([сц])к(?:ой|ую|ою)$/u, '$1кая'], // ru Тихановской → Тихановская
  [/([сц])к(?:ай|ую|аю)$/u, '$1кая'], // be Ціханоўскай → Ціханоўская
  [/([оеёіиы])([вн])(?:а|у|ым|ом|е|ой|ою|ым|ай|ую|ої|ій|им|ім)$/u, '$1$2'], // Путина, Иванову, Ивановой → Путин, Иванов
  [/ав(?:а|у|ым|е|ай)$/u, 'аў'], // be Саннікава → Саннікаў
  [/(?:ого|ому)$/u, 'ый'], // Навального → Навальный
  // A foreign surname on a hard consonant: Трампа, Трампу, Трампом, Шольцем → Трамп, Шольц. Not after к/г/х,
  // where -а/-у is the nominative's own (Лукашэнка, Латушка, Шойгу, Нетаньяху).
  [/(?<=[бвдзлмнпрстфцчшщ])(?:ом|ем|а|у|е)$/u, ''],
];

/** The base (nominative, masculine for -ов/-ин) form of a Cyrillic surname word, lower case. */
export function cyrillicSurnameBase(word: string): string {
  if (word.length < 5) return word;
  for (const [re, to] of SURNAME_CASES) if (re.test(word)) return word.replace(re, to);
  return word;
}

const GIVEN_CASES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ии$|ию$|ией$|іі$|ію$|іяй$/u, ['ия', 'ія']], // Марии → Мария
  [/(?:я|ю|ем|ём|е)$/u, ['й', 'ь']], // Сергея → Сергей, Игоря → Игорь
  [/(?:ы|і|и|е|у|ой|ою|ай)$/u, ['а']], // Светланы → Светлана, Ольги → Ольга
  [/(?:а|у|ом|ам|ым|е|і)$/u, ['']], // Александра → Александр, Владимиру → Владимир
];

/**
 * The forms a Cyrillic given name word may be a case form of, itself first (Александра → александра, александр;
 * Сергея → сергея, сергей, сергь). Latin words have only themselves.
 */
export function cyrillicGivenForms(word: string): string[] {
  const forms = [word];
  if (word.length < 4 || !/\p{Script=Cyrillic}/u.test(word)) return forms;
  for (const [re, endings] of GIVEN_CASES) {
    const m = re.exec(word);
    if (m) for (const e of endings) forms.push(word.slice(0, m.index) + e);
  }
  return forms;
}

// Everyday English words a summary may use without the articles using them: function words, and the verbs and
// nouns any news report is told with ("said", "officials", "week"). Every other word of a model's summary must be
// in the sources (grounding.ts): a name written in lower case ("paris mayor jean dupont") is not a common word.
// General vocabulary only; forms are listed as written (grounding compares the words themselves).

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    // Articles, pronouns, prepositions, conjunctions, auxiliaries, determiners.
    'a an the this that these those there here it its it\'s they them their theirs he him his she her hers we us our ' +
    'ours you your yours i me my mine who whom whose which what when where why how whether while whilst if unless ' +
    'because since although though as than then so yet but and or nor not no yes also too very just only even still ' +
    'already again ever never always often sometimes soon later earlier now today tonight yesterday tomorrow ' +
    'of in on at to for from by with without within into onto upon about above below over under after before during ' +
    'until till between among amid against across along around through throughout toward towards behind beyond near ' +
    'off out up down per via despite except including instead rather ' +
    'be am is are was were been being have has had having do does did done doing will would shall should can could ' +
    'may might must ought ' +
    'all any both each every either neither few many much more most less least some several such other another ' +
    'own same whole half many lot lots none nothing something anything everything someone anyone everyone nobody ' +
    'somebody anybody everybody one ones ' +
    // Verbs of reporting and of what happens in news.
    'say says said saying tell tells told telling report reports reported reporting announce announces announced ' +
    'add adds added state states stated claim claims claimed confirm confirms confirmed deny denies denied ' +
    'describe described explain explained note noted warn warns warned call calls called ask asks asked urge urged ' +
    'make makes made making take takes took taken give gives gave given get gets got go goes went gone come comes ' +
    'came see sees saw seen know knows knew known think thinks thought believe believed want wants wanted need needs ' +
    'needed keep kept hold holds held leave left put show shows showed shown find finds found become became begin ' +
    'began begun start started end ended continue continued expect expected plan planned plans try tried help helped ' +
    'happen happened occur occurred follow followed lead led include includes included remain remains remained ' +
    'appear appeared seem seemed mean meant set use used move moved face faced' +
    ' ' +
    // Nouns and adjectives of any report.
    'people person man men woman women child children official officials authority authorities government ' +
    'country countries city cities town state area region world nation national local public group groups member ' +
    'members part place way time times day days week weeks month months year years hour hours minute minutes ' +
    'morning afternoon evening night weekend statement report news story event events case cases issue issues ' +
    'number numbers percent total rest lot side end start point thing things fact matter reason result results ' +
    'new old first last next previous former latest recent major key main big small large high low long short early ' +
    'late good bad well better best worse worst own other able likely possible least further ' +
    'mr mrs ms dr ' +
    // Contractions (apostrophes are read as ').
    "don't doesn't didn't won't can't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't"
  ).split(/\s+/),
);

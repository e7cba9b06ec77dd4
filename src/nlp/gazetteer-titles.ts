// Words that announce a person: titles, job nouns and honorifics (lower-case keys).
// Used both to classify the capitalised name after them and to read the person's role.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Titles in German, French, Polish, Russian, Belarusian and Ukrainian (lower case, as written):
 * "Bundeskanzler Friedrich Merz", "le président Emmanuel Macron", "premier Donald Tusk", "президент ...".
 */
const FOREIGN_ROLE_NOUNS = `
  ministerpräsident ministerpräsidentin kanzler kanzlerin präsident präsidentin minister ministerin bürgermeister bürgermeisterin
  sprecher sprecherin chef chefin vorsitzende vorsitzender botschafter botschafterin abgeordnete
  abgeordneter staatssekretär staatssekretärin generalsekretär richter richterin trainer
  président présidente ministre maire député députée sénateur sénatrice ambassadeur ambassadrice
  chancelier chancelière secrétaire préfet préfète juge procureur procureure avocat avocate
  général porte-parole dirigeant dirigeante patron patronne entraîneur
  prezydent premier wicepremier marszałek prezes rzecznik rzeczniczka wojewoda burmistrz
  ambasador generał poseł posłanka senator szef szefowa przewodniczący sędzia
  президент премьер премьер-министр министр мэр губернатор канцлер глава председатель посол
  спикер генерал депутат пресс-секретарь лидер директор прокурор судья патриарх
  прэзідэнт прем'ер-міністр міністр старшыня кіраўнік
  президентка прем'єр-міністр міністр голова речник посол мер
`;

/** Honorifics: evidence of a person, but not a role ("Mr Smith" has no role). */
export const HONORIFICS = words(`
  mr mrs ms miss dr prof sir dame lord lady mme mlle herr frau monsieur madame senor senora
`);

/** Role head nouns as listed; ROLE_NOUNS below also takes their compounds and job-word endings. */
const LISTED_ROLE_NOUNS = words(`
  president vice-president minister premier chancellor taoiseach prime envoy emissary ambassador
  diplomat consul leader activist journalist reporter correspondent editor columnist blogger
  spokesman spokeswoman spokesperson chairman chairwoman chairperson chair ceo cfo coo cto
  director secretary senator sen congressman congresswoman representative rep lawmaker legislator
  mp mep deputy politician governor gov mayor king queen prince princess emperor monarch sultan
  emir sheikh pope cardinal archbishop bishop rabbi imam cleric ayatollah patriarch priest
  general gen colonel col commander admiral marshal lieutenant lt sergeant captain capt major
  officer inspector detective sheriff judge justice prosecutor attorney lawyer counsel
  coach manager striker midfielder defender goalkeeper keeper forward winger skipper
  batsman bowler all-rounder wicketkeeper pitcher quarterback player champion driver rider
  cyclist boxer swimmer sprinter athlete golfer runner
  analyst economist strategist trader investor banker businessman businesswoman tycoon oligarch
  billionaire entrepreneur founder co-founder owner partner executive head chief boss
  adviser advisor aide negotiator mediator commissioner administrator superintendent
  official dissident opponent critic campaigner protester candidate nominee rival challenger
  professor scientist researcher doctor physician surgeon nurse teacher student
  author writer novelist poet artist singer actor actress musician rapper composer filmmaker
  producer photographer prisoner detainee defendant suspect victim witness survivor
  figure speaker whip strongman dictator ruler regent heir successor predecessor incumbent
  mogul magnate tycoon laureate winner medallist medalist guitarist drummer bassist vocalist
  frontman frontwoman comedian presenter broadcaster anchor host commentator pundit historian
  lecturer dean provost engineer pilot architect designer firefighter paramedic soldier
  veteran lobbyist consultant accountant broker publicist promoter referee umpire jockey trainer
  philanthropist donor campaigner chancellor attorney-general solicitor barrister magistrate
  spokesperson envoy co-chair vice-chair chairman president-elect governor-general
  secretary-general under-secretary commissioner ombudsman auditor inspector-general
  sen rep gen gov lt col capt sgt adm cmdr maj supt insp det atty amb
  ${FOREIGN_ROLE_NOUNS}
`);

/** Modifiers that may precede a role noun inside the role ("veteran opposition activist"). */
export const ROLE_MODIFIERS = words(`
  former ex- exiled veteran acting interim deputy vice assistant associate senior junior top
  chief head prime foreign interior defence defense finance economy trade justice health
  education energy agriculture transport culture environment labour labor home state
  opposition ruling opposition-leaning pro-democracy pro-government independent jailed imprisoned
  detained dissident longtime long-time outgoing incoming newly elected appointed designated
  then late retired disgraced embattled ousted self-proclaimed self-exiled
  national regional local general managing executive supreme special first second deputy
  prominent leading well-known famous renowned popular influential controversial
  political human rights civil military army navy police security intelligence party
  union business industry oil tech media press club team government presidential
  legal religious spiritual church campaign communications press parliamentary
  investigative opposition-minded pro-kremlin pro-russian pro-western liberal conservative
  republican democratic democrat socialist communist nationalist green labour
  mr ms
`);


/** German compound heads: "Bundesfinanzminister", "Außenministerin", "Oberbürgermeister", "Regierungssprecher". */
const GERMAN_HEADS = /(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|bürgermeister|bürgermeisterin|sprecher|sprecherin|chef|chefin|vorsitzende|vorsitzender)$/u;
/** What German titles compound with: the federation, a state, a portfolio, a rank. */
const GERMAN_PREFIXES = new RegExp(
  '^(?:' +
    'bundes|landes|staats|vize|ober|regierungs|partei|fraktions|kanzleramts|europa|ministerpräsident|' +
    'außen|aussen|innen|finanz|verteidigungs|gesundheits|wirtschafts|justiz|arbeits|umwelt|verkehrs|bildungs|' +
    'landwirtschafts|agrar|familien|entwicklungs|kultur|digital|bau|forschungs|sozial|energie|klima|' +
    'polizei|konzern|vorstands|aufsichtsrats|gewerkschafts|verbands|präsidial' +
    ')+$',
  'u',
);
/** English job-word endings: "neuroscientist", "epidemiologist", "physician", "statistician". */
const JOB_ENDINGS = /^[a-z]{3,}(?:ologist|ographer|ician|onomist)$/u;

/** A role head noun: listed, a German compound of one, or an English job-word ending. Lower-case input. */
export function isRoleNounWord(lower: string): boolean {
  if (LISTED_ROLE_NOUNS.has(lower)) return true;
  if (JOB_ENDINGS.test(lower)) return true;
  const m = GERMAN_HEADS.exec(lower);
  return m !== null && m.index > 0 && GERMAN_PREFIXES.test(lower.slice(0, m.index));
}

/** ROLE_NOUNS.has(w) is isRoleNounWord(w): the tagger and the role reader ask the same question. */
class RoleNounSet extends Set<string> {
  override has(lower: string): boolean {
    return isRoleNounWord(lower);
  }
}
/** Role head nouns: the noun a role phrase ends with ("opposition leader", "U.S. envoy", "Bundeskanzler"). */
export const ROLE_NOUNS: ReadonlySet<string> = new RoleNounSet(LISTED_ROLE_NOUNS);

/** Lower-case job words that only name a person when a capitalised name follows. */
export const LOWER_ROLE_CUES = ROLE_NOUNS;

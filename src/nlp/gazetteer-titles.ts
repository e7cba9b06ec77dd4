// Words that announce a person: titles, job nouns and honorifics (lower-case keys).
// Used both to classify the capitalised name after them and to read the person's role.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Honorifics: evidence of a person, but not a role ("Mr Smith" has no role). */
export const HONORIFICS = words(`
  mr mrs ms miss dr prof sir dame lord lady mme mlle herr frau monsieur madame senor senora
`);

/** Role head nouns: the noun a role phrase ends with ("opposition leader", "U.S. envoy"). */
export const ROLE_NOUNS = words(`
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

/** Lower-case job words that only name a person when a capitalised name follows. */
export const LOWER_ROLE_CUES = ROLE_NOUNS;

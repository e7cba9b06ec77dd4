// Organisation evidence: name endings, name heads and a few well-known names (normalised keys).

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Last word of an organisation's name ("Belavia Airlines", "Labour Party", "Acme Corp"). */
export const ORG_TAILS = words(`
  inc incorporated corp corporation co company ltd limited llc plc gmbh ag sa nv bv spa ab
  group holdings holding partners associates bank bancorp capital securities fund funds trust
  airlines airline airways air motors industries international systems technologies
  pharmaceuticals energy petroleum oil gas telecom communications media news times post
  journal herald tribune gazette press agency service services office bureau board
  ministry department council committee commission assembly parliament congress senate
  court tribunal party front movement alliance coalition union federation association
  league club society institute institution foundation university college academy school
  hospital clinic church army navy police guard forces force command brigade regiment
  organisation organization authority administration exchange center centre network
  united city rovers wanderers athletic county albion fc afc cf sc ac
  reuters bloomberg reserve nations newsroom
  electric power steel mining chemicals foods brewing brewery insurance financial bancshares
  investments resources products entertainment pictures studios records labs laboratories
  software networks stores motors shipping logistics hotels resorts railways railway
  broadcasting television radio magazine newspaper
  medical health healthcare controls copper commodities metals minerals materials chemical
  computer computers electronics devices instruments machinery engineering construction
  properties realty estates textiles tobacco beverages drinks brands retail markets
  managers traders dealers bonds receipts data
  mail daily weekly online telegraph guardian observer chronicle courier mirror express
  review monitor gazeta zeitung allgemeine rundschau spiegel presse figaro monde pravda izvestia
`);

/** Last word of a building or site: a place, never a person ("Elysee Palace", "Sky Observatory"). */
export const BUILDING_TAILS = words(`
  palace observatory towers stadium arena cathedral abbey station terminal mosque synagogue
  basilica embassy consulate mansion manor building plaza gardens zoo pier dam
`);

/** Building words that are also surnames ("White House" but "John Hall"): a place unless a given name precedes. */
export const BUILDING_SURNAME_TAILS = words(`house hall tower castle bridge park temple garden`);

/** Last word of an event or award: CoNLL's MISC, not a person, organisation or place. */
export const EVENT_TAILS = words(`
  cup open games olympics olympiad series tour championship championships trophy prix rally
  marathon classic masters award awards prize medal festival day week war index
`);

/** First word of an organisation's name ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS = words(`
  ministry department bank university college institute council committee commission court
  office house board federation association league union church academy school museum
  agency bureau society foundation party organisation organization centre center
`);

/** Heads of place names that take "of" ("Republic of Korea", "Gulf of Mexico"). */
export const PLACE_HEADS = words(`
  republic kingdom state states gulf bay sea isle isles island islands cape strait lake
  mount city county province region district duchy principality sultanate emirate
`);

/** Last word of a place name ("Hudson River", "Kursk Region"). */
export const PLACE_TAILS = words(`
  river mountains mountain mount valley lake sea ocean bay gulf island islands peninsula
  province region oblast krai district county strait channel desert coast plain plateau
  street avenue square airport republic
`);

/** Well-known organisations, mostly acronyms (normalised). */
export const KNOWN_ORGS = words(`
  nato eu un uefa fifa ioc imf opec osce wto who unicef unesco unhcr iaea asean
  cia fbi nsa kgb fsb mi5 mi6 pentagon kremlin interpol europol frontex
  reuters ap afp bbc cnn nbc abc cbs fox msnbc npr rfe/rl tass ria xinhua belta
  nasdaq nyse ecb fed bundesbank gazprom rosneft boeing airbus belavia lufthansa
  hamas hezbollah taliban isis isil al-qaeda
  google apple microsoft amazon meta facebook twitter tesla nvidia intel ibm samsung toyota
  volkswagen siemens
`);

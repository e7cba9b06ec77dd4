// The words the realistic-events generator (realistic-events.ts) writes with: kinds of news event, each with
// its own nouns and verbs, the objects an event is "about" (named after a town: "the Aachen refinery"), and the
// outlets with their own headline and paragraph habits. Kinds share nothing but ordinary English, so two events
// of one kind in one week share a handful of words, not their town, people or numbers.
import { COUNTRIES } from '../src/nlp/gazetteer-countries.js';
import { WORLD_PLACES } from '../src/nlp/gazetteer-world-places.js';

export interface EventKind {
  /** Headline noun ("Strike", "Flood"). */
  noun: string;
  /** What the event is about: the object, named after its town. */
  objects: readonly string[];
  /** Words any report of such an event uses, some of them each time. */
  words: readonly string[];
  /** Past-tense verbs for the lead ("halted", "flooded"). */
  verbs: readonly string[];
  /** What is counted: "{n} workers", "{n} homes". */
  counted: readonly string[];
}

export const EVENT_KINDS: readonly EventKind[] = [
  { noun: 'Strike', objects: ['port', 'steelworks', 'rail depot', 'car plant', 'bus depot', 'airport', 'mine', 'textile mill'], words: ['walkout', 'union', 'wages', 'pickets', 'shifts', 'overtime'], verbs: ['halted', 'shut down', 'paralysed'], counted: ['workers', 'dockers', 'union members'] },
  { noun: 'Flood', objects: ['river valley', 'old town', 'dam', 'harbour district', 'riverside suburb', 'railway station', 'farming district', 'university quarter'], words: ['floodwater', 'rainfall', 'evacuation', 'sandbags', 'embankment', 'rescuers'], verbs: ['flooded', 'swamped', 'submerged'], counted: ['homes', 'residents', 'streets'] },
  { noun: 'Fire', objects: ['warehouse', 'forest', 'chemical plant', 'market hall', 'sawmill', 'apartment block', 'landfill', 'shopping centre'], words: ['blaze', 'firefighters', 'smoke', 'flames', 'arson', 'hectares'], verbs: ['destroyed', 'gutted', 'engulfed'], counted: ['firefighters', 'hectares', 'buildings'] },
  { noun: 'Merger', objects: ['brewery', 'telecom operator', 'shipyard', 'lender', 'insurer', 'airline', 'software maker', 'retail chain'], words: ['takeover', 'shareholders', 'acquisition', 'valuation', 'regulators', 'bid'], verbs: ['agreed to buy', 'bid for', 'acquired'], counted: ['jobs', 'branches', 'stores'] },
  { noun: 'Trial', objects: ['district court', 'appeals court', 'tribunal', 'courthouse', 'supreme court', 'criminal court', 'military court', 'juvenile court'], words: ['verdict', 'prosecutors', 'defendant', 'testimony', 'jury', 'sentence'], verbs: ['sentenced', 'acquitted', 'charged'], counted: ['witnesses', 'charges', 'years'] },
  { noun: 'Election', objects: ['city council', 'regional assembly', 'mayoralty', 'county board', 'district council', 'party primary', 'senate seat', 'student union'], words: ['ballots', 'turnout', 'candidates', 'runoff', 'polling', 'recount'], verbs: ['won', 'contested', 'conceded'], counted: ['votes', 'seats', 'polling stations'] },
  { noun: 'Crash', objects: ['motorway', 'railway junction', 'airport runway', 'level crossing', 'mountain pass', 'tram line', 'harbour bridge', 'freight yard'], words: ['collision', 'derailment', 'wreckage', 'investigators', 'casualties', 'ambulances'], verbs: ['collided near', 'derailed outside', 'crashed at'], counted: ['passengers', 'injured', 'carriages'] },
  { noun: 'Outage', objects: ['power grid', 'data centre', 'water works', 'gas network', 'mobile network', 'heating plant', 'metro system', 'payment system'], words: ['blackout', 'outage', 'substation', 'engineers', 'restoration', 'backup'], verbs: ['knocked out', 'cut off', 'disrupted'], counted: ['households', 'customers', 'hospitals'] },
  { noun: 'Protest', objects: ['town square', 'parliament building', 'university campus', 'ministry', 'embassy', 'city hall', 'courthouse', 'harbour gates'], words: ['protesters', 'placards', 'riot police', 'marchers', 'slogans', 'rally'], verbs: ['marched on', 'occupied', 'blockaded'], counted: ['protesters', 'arrests', 'marchers'] },
  { noun: 'Hack', objects: ['hospital network', 'tax office', 'bank', 'city hall', 'water utility', 'railway operator', 'election office', 'university'], words: ['ransomware', 'hackers', 'breach', 'servers', 'encryption', 'passwords'], verbs: ['breached', 'crippled', 'infiltrated'], counted: ['records', 'accounts', 'servers'] },
  { noun: 'Quake', objects: ['mountain district', 'coastal town', 'mining town', 'valley', 'border region', 'island town', 'old quarter', 'industrial zone'], words: ['earthquake', 'tremors', 'aftershocks', 'magnitude', 'rubble', 'epicentre'], verbs: ['shook', 'struck', 'rattled'], counted: ['aftershocks', 'collapsed houses', 'injured'] },
  { noun: 'Recall', objects: ['dairy', 'toy factory', 'pharmacy chain', 'carmaker', 'bakery chain', 'baby food maker', 'electronics brand', 'bicycle maker'], words: ['recall', 'contamination', 'inspectors', 'batches', 'shelves', 'refunds'], verbs: ['recalled', 'withdrew', 'pulled'], counted: ['batches', 'products', 'shops'] },
  { noun: 'Drought', objects: ['farmland', 'reservoir', 'orchards', 'lake', 'wetlands', 'canal', 'wheat belt', 'pine forest'], words: ['drought', 'harvest', 'irrigation', 'rationing', 'farmers', 'crops'], verbs: ['dried out', 'parched', 'emptied'], counted: ['farms', 'tonnes', 'villages'] },
  { noun: 'Bridge', objects: ['bridge', 'viaduct', 'tunnel', 'ring road', 'footbridge', 'motorway junction', 'rail bridge', 'flyover'], words: ['construction', 'contractor', 'girders', 'tender', 'engineers', 'inspection'], verbs: ['opened', 'closed', 'collapsed near'], counted: ['lanes', 'metres', 'vehicles'] },
  { noun: 'Summit', objects: ['castle', 'conference centre', 'palace', 'forum', 'embassy', 'town hall', 'opera house', 'hotel'], words: ['summit', 'delegations', 'communique', 'negotiators', 'agenda', 'pledge'], verbs: ['hosted', 'convened at', 'opened at'], counted: ['delegations', 'leaders', 'pledges'] },
  { noun: 'Scandal', objects: ['ministry', 'football club', 'hospital', 'charity', 'police force', 'tax office', 'university', 'state railway'], words: ['bribes', 'resignation', 'whistleblower', 'auditors', 'embezzlement', 'inquiry'], verbs: ['rocked', 'engulfed', 'shook'], counted: ['officials', 'contracts', 'payments'] },
  { noun: 'Outbreak', objects: ['care home', 'school', 'hospital ward', 'prison', 'barracks', 'cruise ship', 'meat plant', 'kindergarten'], words: ['outbreak', 'infections', 'vaccination', 'quarantine', 'virus', 'patients'], verbs: ['spread through', 'hit', 'swept'], counted: ['cases', 'patients', 'deaths'] },
  { noun: 'Storm', objects: ['coastline', 'ferry port', 'ski resort', 'island', 'harbour', 'campsite', 'vineyard coast', 'fishing village'], words: ['storm', 'gusts', 'uprooted', 'warnings', 'waves', 'ferries'], verbs: ['battered', 'lashed', 'pounded'], counted: ['trees', 'flights', 'ferries'] },
  { noun: 'Launch', objects: ['spaceport', 'test range', 'shipyard', 'factory', 'research centre', 'airbase', 'test track', 'observatory'], words: ['rocket', 'satellite', 'launch', 'payload', 'orbit', 'countdown'], verbs: ['launched from', 'unveiled at', 'tested at'], counted: ['satellites', 'engines', 'stages'] },
  { noun: 'Layoffs', objects: ['factory', 'call centre', 'mine', 'mill', 'steel mill', 'bank', 'newspaper', 'shipyard'], words: ['layoffs', 'redundancies', 'closure', 'restructuring', 'severance', 'downsizing'], verbs: ['closed', 'cut jobs at', 'shut'], counted: ['jobs', 'employees', 'contracts'] },
  { noun: 'Heist', objects: ['museum', 'jewellery store', 'armoured van', 'vault', 'bank branch', 'gallery', 'post office', 'casino'], words: ['robbers', 'stolen', 'getaway', 'detectives', 'loot', 'alarm'], verbs: ['robbed', 'raided', 'looted'], counted: ['paintings', 'suspects', 'diamonds'] },
  { noun: 'Spill', objects: ['oil terminal', 'pipeline', 'tanker berth', 'refinery', 'chemical works', 'river port', 'offshore rig', 'tank farm'], words: ['spill', 'slick', 'pollution', 'cleanup', 'booms', 'wildlife'], verbs: ['leaked at', 'spilled from', 'polluted'], counted: ['tonnes', 'kilometres', 'birds'] },
  { noun: 'Festival', objects: ['opera house', 'stadium', 'riverside park', 'film palace', 'old town square', 'jazz club', 'concert hall', 'castle grounds'], words: ['festival', 'audiences', 'premiere', 'tickets', 'performers', 'headliners'], verbs: ['opened', 'drew crowds to', 'sold out'], counted: ['visitors', 'concerts', 'films'] },
  { noun: 'Transfer', objects: ['football club', 'hockey club', 'basketball team', 'stadium', 'rugby club', 'handball team', 'volleyball club', 'training ground'], words: ['transfer', 'striker', 'contract', 'fee', 'squad', 'coach'], verbs: ['signed for', 'joined', 'left'], counted: ['goals', 'matches', 'seasons'] },
];

/**
 * Towns an event's object is named after: the single-word cities of the world-places gazetteer (the tagger knows
 * them as places), about three thousand, so two events a week rarely share one, as in real news.
 */
export function eventTowns(): string[] {
  const countries = new Set(COUNTRIES.split('|'));
  return WORLD_PLACES.split('|')
    .filter((p) => /^[a-z]{4,11}$/.test(p) && !countries.has(p))
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

/** Outlets and how each writes: headline shapes and the order it tells facts in. */
export interface OutletStyle {
  name: string;
  /** Headline patterns: {Town} {Object} {Noun} {Verb} {Lead} {n} {counted} {Country}. */
  headlines: readonly string[];
  /** 'facts-first': the count and object lead; 'people-first': the lead person's quote leads. */
  order: 'facts-first' | 'people-first';
  /** How it attributes a quote. */
  says: readonly string[];
}

export const OUTLET_STYLES: readonly OutletStyle[] = [
  { name: 'Reuters', order: 'facts-first', says: ['said', 'told Reuters'], headlines: ['{Town} {Object} {Noun}: {n} {counted} affected, {Lead} says', '{Noun} at {Town} {Object} enters second day'] },
  { name: 'AP News', order: 'facts-first', says: ['said', 'told The Associated Press'], headlines: ['{n} {counted} caught up in {Town} {Object} {noun}', '{Lead} speaks out on {Town} {noun}'] },
  { name: 'Baltic Observer', order: 'people-first', says: ['insisted', 'argued'], headlines: ['{Lead} under pressure over {Town} {Object} {noun}', 'What the {Town} {noun} means for {Country}'] },
  { name: 'Vilnius Daily Wire', order: 'facts-first', says: ['confirmed', 'announced'], headlines: ['{Town}: {Object} {noun} leaves {n} {counted} waiting', '{Country} watches {Town} {Object} {noun}'] },
  { name: 'Warsaw Ledger', order: 'people-first', says: ['warned', 'stressed'], headlines: ['{Lead} warns after {Town} {noun}', '{Town} {Object} {noun} draws {Lead} into row'] },
  { name: 'Nordic Times', order: 'facts-first', says: ['said', 'noted'], headlines: ['Inside the {Town} {Object} {noun}', '{Town} {noun}: {n} {counted} and counting'] },
  { name: 'Kyiv Courier', order: 'people-first', says: ['told reporters', 'said'], headlines: ['{Lead} and {Second} clash over {Town} {noun}', '{Town} {Object}: {Lead} promises answers'] },
  { name: 'Riga Herald', order: 'facts-first', says: ['announced', 'said'], headlines: ['{Noun} hits {Town} {Object}', '{Town} {Object} {noun}, day by day'] },
  { name: 'Danube Post', order: 'people-first', says: ['admitted', 'said'], headlines: ['{Lead}: "{Town} will recover"', '{Second} questions handling of {Town} {noun}'] },
  { name: 'Alpine Gazette', order: 'facts-first', says: ['said', 'explained'], headlines: ['{n} {counted}: the toll of the {Town} {noun}', '{Town} {Object} {noun} explained'] },
  { name: 'Iberian Tribune', order: 'people-first', says: ['declared', 'said'], headlines: ['{Lead} visits {Town} after {noun}', 'Anger in {Town} as {Object} {noun} drags on'] },
  { name: 'Channel Report', order: 'facts-first', says: ['said', 'added'], headlines: ['{Town} {Object} {noun} latest', '{Noun} in {Town}: what we know'] },
];

/** Paragraphs with no event in them: background any outlet may add (about the wider world, never the event). */
export const BACKGROUND = [
  'Separately, the statistics office revised its estimate of quarterly growth, citing weaker exports.',
  'The government is also facing questions over a delayed budget and the cost of new housing.',
  'Markets were little changed, with the main index closing slightly higher on the day.',
  'Weather forecasters expect a mild week across most of the region.',
  'Opposition parties have called for an early debate on the pension reform later this month.',
  'The central bank is due to publish its next monetary policy decision in two weeks.',
];

/** Words an event's own story turns on, beyond its kind (three per event): its wording, not its kind's. */
export const STORY_WORDS = `subsidies ventilation negotiation insurance pensions tariffs scaffolding licences cranes asbestos
  generators pumps satellites drones ambulances tractors ferries lorries trams buses helicopters barges tankers sirens
  chlorine ammonia diesel hydrogen lithium copper timber cement gravel fertiliser grain barley potatoes timberland
  vineyards orchards pastures beehives salmon herring cattle poultry horses kennels stables greenhouses bakeries
  pharmacies libraries museums theatres cinemas stadiums arenas marinas lighthouses watchtowers monasteries cathedrals
  synagogues mosques chapels cemeteries archives laboratories observatories planetariums aquariums zoos botanists
  geologists surveyors architects plumbers electricians welders carpenters masons glaziers roofers painters tailors
  cobblers butchers fishermen shepherds foresters beekeepers vintners brewers distillers millers bakers chefs waiters
  nurses midwives paramedics surgeons dentists pharmacists vets teachers lecturers students pupils apprentices interns
  pensioners veterans refugees tourists pilgrims commuters cyclists pedestrians motorists truckers sailors pilots
  astronauts divers climbers skiers skaters rowers sprinters jockeys referees scouts lifeguards wardens janitors
  couriers postmen cashiers bankers brokers auditors notaries lawyers judges bailiffs sheriffs detectives inspectors
  mortgages overdrafts dividends bonuses invoices receipts permits visas passports tickets vouchers coupons leases
  warranties patents trademarks royalties auctions lotteries raffles donations pledges grants loans bonds tariffs
  thermostats radiators boilers chimneys basements attics balconies terraces courtyards gardens fountains statues`
  .split(/\s+/);

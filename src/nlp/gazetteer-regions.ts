// Place names the world gazetteer lacks (US states, regions, short country names) and
// capitalised words that are never entities on their own (demonyms, calendar words).

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const phrases = (s: string): ReadonlySet<string> =>
  new Set(s.trim().split(/\s*\|\s*/).filter(Boolean));

/** Normalised multi-word or single-word places, "|" separated. */
export const EXTRA_PLACES = phrases(`
  alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|
  hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|
  michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|
  new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|
  rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
  west virginia|wisconsin|wyoming|
  us|u s|usa|u s a|america|united states|uk|u k|britain|great britain|england|scotland|wales|
  northern ireland|ulster|russia|south korea|north korea|ivory coast|czech republic|czechia|
  holland|burma|taiwan|palestine|gaza|west bank|kosovo|vatican|hong kong|macau|crimea|donbas|
  donbass|chechnya|tibet|xinjiang|kashmir|siberia|kurdistan|transnistria|abkhazia|
  bosnia|herzegovina|serbia|yugoslavia|soviet union|ussr|zaire|congo|
  west|east|north|south|midwest|turkey|macedonia|swaziland|cape verde|east timor|surinam|
  europe|asia|africa|north america|south america|latin america|central america|oceania|
  antarctica|arctic|middle east|near east|far east|balkans|baltics|caucasus|scandinavia|
  central asia|south asia|southeast asia|east asia|eastern europe|western europe|
  central europe|persian gulf|gulf|mediterranean|black sea|baltic sea|caribbean|pacific|
  atlantic|indian ocean|north sea|sahara|sahel|horn of africa|west africa|east africa|
  southern africa|north africa|amazon|alps|himalayas|silicon valley|wall street|
  bavaria|catalonia|flanders|wallonia|normandy|brittany|lombardy|sicily|sardinia|corsica|
  andalusia|basque country|quebec|ontario|alberta|british columbia|manitoba|
  nova scotia|queensland|new south wales|victoria|tasmania|punjab|bengal|kerala|
  minsk|vilnius|kyiv|kiev|warsaw|moscow|st petersburg|saint petersburg|hrodna|grodno|brest|
  vitebsk|gomel|mogilev|kaunas|lviv|kharkiv|odesa|odessa|donetsk|luhansk|mariupol|kaliningrad|
  belarus|lithuania|latvia|estonia|poland|ukraine|moldova|georgia
`);

/** Countries and country-like names: the places that stay places in sports results. */
export const COUNTRY_ALIASES = phrases(`
  us|u s|usa|u s a|america|united states|uk|u k|britain|great britain|england|scotland|wales|
  northern ireland|russia|south korea|north korea|ivory coast|czech republic|czechia|holland|
  burma|taiwan|palestine|kosovo|bosnia|serbia|yugoslavia|soviet union|ussr|zaire|congo|
  belarus|lithuania|latvia|estonia|poland|ukraine|moldova|georgia|trinidad|kazakstan|turkey|
  macedonia|swaziland|cape verde|east timor|surinam|myanmar|iran|syria|laos|vietnam|bolivia|venezuela|tanzania
`);

/** Nationality and group adjectives: CoNLL's MISC, not a person, organisation or place. */
export const DEMONYMS = words(`
  american americans british briton britons english scottish welsh irish french german germans
  italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish
  icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian russians
  ukrainian ukrainians belarusian belarusians belarussian lithuanian latvian estonian serbian
  croatian bosnian slovenian albanian macedonian montenegrin moldovan georgian armenian
  azerbaijani kazakh uzbek turkmen kyrgyz tajik afghan pakistani indian bangladeshi
  lankan nepali chinese japanese korean vietnamese thai cambodian burmese malaysian
  indonesian filipino australian zealander canadian mexican cuban brazilian argentine
  argentinian chilean peruvian colombian venezuelan bolivian ecuadorian uruguayan
  paraguayan egyptian libyan tunisian algerian moroccan sudanese ethiopian somali kenyan
  nigerian ghanaian senegalese malian congolese angolan zimbabwean african
  israeli israelis palestinian palestinians lebanese syrian iraqi iranian saudi yemeni
  omani emirati qatari kuwaiti jordanian kurdish european europeans asian arab arabs
  western eastern northern southern soviet nordic baltic slavic latin muslim muslims
  christian christians catholic orthodox jewish jews buddhist hindu sunni shi'ite shiite
  communist socialist democrat democrats republican republicans
  moslem moslems serb serbs croat croats kurd kurds yugoslav afrikaner afrikaners sikh sikhs
  tamil tamils pashtun hutu hutus tutsi tutsis sunnis shias shi'ites
`);

/** Calendar words and other capitalised words that never form an entity. */
export const NON_ENTITY = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december christmas easter ramadan
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
  i i'm i've i'll i'd ok okay yes no not gmt utc bst cet est edt pst am pm
  euro euros dollar dollars pound pounds yen yuan rouble roubles ruble rubles franc francs
  internet web tv
`);

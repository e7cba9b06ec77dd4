// Words the entity tagger needs in German, French, Polish, Russian, Belarusian and Ukrainian
// (lower-case keys, general vocabulary): articles and other capitalised function words, titles that
// stand before a name (split off the name; roles.ts reads the role), speech verbs, and calendar words.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Articles, pronouns and prepositions that open a sentence but never a name. */
export const FOREIGN_FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: words(`der die das den dem des ein eine einer eines einem einen kein keine diese dieser dieses
    jener jene er sie es wir ihr ich man auch aber und oder doch denn wenn als ob weil dass nach vor
    bei mit von zu zum zur im am vom beim ins auf aus für über unter gegen ohne durch seit während
    wie wo was wer warum dort hier heute gestern morgen jetzt nun noch schon bereits laut trotz
    sein seine ihre unser unsere alle viele einige mehrere beide jeder jede jedes`),
  fr: words(`le la les l' un une des du de d' ce cet cette ces il elle ils elles on nous vous je
    au aux en dans sur sous pour par avec sans selon après avant depuis pendant mais et ou donc
    car si quand comme où qui que quoi dont son sa ses leur leurs notre nos tout tous toute toutes
    plusieurs certains certaines aussi alors ainsi lors hier aujourd'hui demain`),
  pl: words(`w we na z ze do po od przez dla przy o u za pod nad przed między jak gdy kiedy gdzie
    co kto który która które ten ta to te ci tego tej tym on ona ono oni one my wy ja i oraz a ale
    lecz czy jednak także też już jeszcze wczoraj dziś dzisiaj jutro według podczas nie tak`),
  ru: words(`в во на с со к ко по о об от до из за под над при для без через у и а но или
    что как когда где кто это этот эта эти тот та те он она оно они мы вы я его её их так также
    уже ещё вчера сегодня завтра по словам однако поэтому если после перед между`),
  be: words(`у ў на з са к па аб ад да за пад над пры для без праз і й а але ці што як калі дзе
    хто гэта гэты гэтая гэтыя той тая тыя ён яна яно яны мы вы я яго яе іх таксама ўжо яшчэ учора
    сёння заўтра аднак пасля перад паміж`),
  uk: words(`в у на з із зі до по про від за під над при для без через і й та а але чи що як коли
    де хто це цей ця ці той та ті він вона воно вони ми ви я його її їх також вже ще вчора сьогодні
    завтра однак після перед між`),
};

/** Titles and job nouns written before a name, per language; split off the name ("Bundeskanzler Friedrich Merz"). */
export const FOREIGN_TITLES: Readonly<Record<string, ReadonlySet<string>>> = {
  de: words(`bundeskanzler kanzler kanzlerin bundeskanzlerin präsident präsidentin bundespräsident
    ministerpräsident ministerpräsidentin minister ministerin außenminister außenministerin
    innenminister innenministerin finanzminister finanzministerin verteidigungsminister
    verteidigungsministerin wirtschaftsminister gesundheitsminister justizminister
    bürgermeister bürgermeisterin oberbürgermeister regierungssprecher sprecher sprecherin
    vorsitzende vorsitzender parteichef parteichefin chef chefin abgeordnete abgeordneter
    senator senatorin landrat richter richterin staatsanwalt botschafter botschafterin papst
    könig königin prinz prinzessin general professor professorin herr frau`),
  fr: words(`président présidente ministre premier première chancelier chancelière maire député
    députée sénateur sénatrice ambassadeur ambassadrice porte-parole secrétaire général générale
    directeur directrice juge monsieur madame roi reine pape`),
  pl: words(`prezydent prezydentka premier premiera minister ministra marszałek marszałkini poseł
    posłanka senator senatorka burmistrz wojewoda rzecznik rzeczniczka szef szefowa ambasador
    sędzia generał papież król królowa pan pani`),
  // Cyrillic titles apply to any Cyrillic word, whatever the article's language
  cyrillic: words(`президент премьер премьер-министр министр канцлер спикер депутат губернатор мэр посол
    генерал глава лидер председатель представитель пресс-секретарь сенатор судья патриарх папа
    король королева принц господин госпожа
    прэзідэнт прэм'ер-міністр прэм'ер міністр кіраўнік старшыня дэпутат пасол спікер лідар
    прем'єр прем'єр-міністр міністр голова керівник речник мер лідер пан пані`),
};

/** German title compounds end in these ("Verkehrsminister", "Regierungschef", "Landesvorsitzender"). */
export const GERMAN_TITLE_ENDINGS = /(?:kanzler|kanzlerin|minister|ministerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|vorsitzende|vorsitzender|bürgermeister|bürgermeisterin|direktor|direktorin|sekretär|sekretärin|botschafter|kommissar|kommissarin|abgeordnete|abgeordneter)$/u;

/** Speech verbs after a name ("Merz sagte", "Lukashenko заявил"). */
export const FOREIGN_SPEECH = words(`
  sagte sagt erklärte erklärt betonte betont sagten kündigte teilte warnte forderte kritisierte
  meinte schrieb
  déclaré dit affirmé affirme estime déclare annonce annoncé souligné
  powiedział powiedziała stwierdził stwierdziła zapowiedział zapowiedziała podkreślił podkreśliła
  oświadczył oświadczyła napisał napisała ocenił oceniła
  заявил заявила сказал сказала сообщил сообщила отметил отметила подчеркнул подчеркнула
  считает заявляет написал написала добавил добавила призвал призвала
  заявіў заявіла сказаў сказала адзначыў адзначыла паведаміў паведаміла падкрэсліў
  заявив заявила сказав сказала зазначив зазначила повідомив повідомила наголосив
`);

/** Cyrillic calendar words and other capitalised words that never form an entity on their own. */
export const CYRILLIC_NON_ENTITY = words(`
  январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август
  августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря
  понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
  студзень студзеня люты лютага сакавік сакавіка красавік красавіка травень траўня чэрвень
  чэрвеня ліпень ліпеня жнівень жніўня верасень верасня кастрычнік кастрычніка лістапад
  лістапада снежань снежня
  січень січня лютий лютого березень березня квітень квітня травня червень червня липень
  липня серпень серпня вересень вересня жовтень жовтня листопад листопада грудень грудня
  по однако также кроме между около более менее сегодня вчера
`);

/** Common places and organisations written in Cyrillic (nominative and the usual case forms are looked up by stem). */
export const CYRILLIC_PLACES: ReadonlySet<string> = words(`
  россия рф беларусь белоруссия украина украіна україна польша польшча литва латвия эстония
  германия германія німеччина франция францыя франція сша америка европа еўропа європа китай
  кітай кнр япония казахстан грузия армения азербайджан молдова турция израиль иран сирия
  москва масква минск мінск киев кіеў київ варшава вільнюс вильнюс рига таллин берлин париж
  лондон вашингтон пекин гродно гродна брест гомель гомель витебск віцебск могилев магілёў
  санкт-петербург петербург харьков харків одесса одеса львов львів донецк луганск крым
`);

export const CYRILLIC_ORGS: ReadonlySet<string> = words(`
  оон нато ес евросоюз мид мзс мзс кгб фсб сбу обсе мвф вто белта тасс риа интерфакс
  госдума дума рада верховная сейм кремль
`);

/** German, French and Polish calendar words (German capitalises them; any language may open a sentence with one). */
export const FOREIGN_NON_ENTITY = words(`
  januar jänner februar märz april mai juni juli august september oktober november dezember
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
  janvier février mars avril juin juillet août septembre octobre novembre décembre
  lundi mardi mercredi jeudi vendredi samedi dimanche
  styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca
  sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia
  poniedziałek wtorek środa czwartek piątek sobota niedziela
`);

/** Country and city names as German, French and Polish write them (the world gazetteer is English). */
export const FOREIGN_PLACES = words(`
  deutschland frankreich polen russland österreich schweiz italien spanien belgien niederlande
  großbritannien england tschechien ungarn litauen lettland estland weißrussland belarus ukraine
  türkei griechenland china japan amerika europa afrika asien brüssel moskau warschau wien köln
  münchen
  allemagne pologne russie autriche suisse italie espagne belgique pays-bas royaume-uni
  angleterre biélorussie lituanie chine japon amérique europe afrique asie bruxelles moscou
  varsovie londres
  polska niemcy rosja francja ukraina białoruś litwa łotwa estonia czechy węgry włochy hiszpania
  wielka brytania ameryka europa azja afryka warszawa kraków gdańsk wrocław poznań łódź moskwa
  berlin paryż londyn wilno mińsk kijów lublin białystok
`);

/** First words of institutions' names, per language: "Rada Ministrów", "Sejm Rzeczypospolitej", "Conseil d'État". */
export const FOREIGN_ORG_HEADS: Readonly<Record<string, ReadonlySet<string>>> = {
  pl: words(`rada sejm senat ministerstwo urząd trybunał sąd komisja kancelaria prokuratura policja
    komenda straż partia związek bank narodowy narodowa instytut uniwersytet fundacja agencja
    akademia izba platforma`),
  fr: words(`ministère assemblée conseil commission parti cour tribunal banque gouvernement sénat
    agence institut université fédération syndicat mouvement rassemblement`),
};

/** German organisation compounds end in these ("Außenministerium", "Bundesamt", "Städtetag"); the bare noun does not count. */
export const GERMAN_ORG_ENDINGS =
  /(?:ministerium|(?:bundes|landes|finanz|arbeits|kanzler)amt|verband|partei|gericht|gerichtshof|(?:bundes|land|städte|kreis|partei)tag|(?:bundes|stadt|gemeinde|sicherheits|aufsichts|europa)rat|gewerkschaft|behörde|institut|agentur|regierung|kommission|konzern|verein|stiftung|universität|hochschule|polizei|bundeswehr|bank)$/u;

/** Common Russian, Belarusian and Ukrainian given names as written in Cyrillic (the Latin list misses some spellings). */
export const CYRILLIC_GIVEN_NAMES = words(`
  александр алексей андрей анатолий анна борис вадим валентин валерий василий виктор виктория
  владимир владислав вячеслав галина георгий дмитрий евгений екатерина елена иван игорь ирина
  кирилл константин леонид людмила максим марина мария михаил наталья николай олег ольга павел
  пётр петр роман светлана сергей станислав татьяна юлия юрий ярослав эдуард геннадий григорий
  аляксандр аляксей андрэй сяргей святлана мікалай уладзімір віктар зміцер марыя ігар раман юрый
  павал максім алена вольга тацяна
  олександр олексій андрій сергій віктор володимир дмитро іван петро юлія віталій михайло микола
  тарас богдан оксана ганна юрій олена ольга тетяна василь
`);

// Bodies the knowledge base does not know, found by their head noun: a capitalised phrase that ends
// with an institution's noun in English ("the Interior Ministry", "Baku Higher Command School",
// "Military Academy of the General Staff"), or starts with one in Italian ("ministero della Difesa
// russa", "Partito Comunista Cinese") and Russian ("Совет безопасности"). Such a phrase names an
// organization, never a person; a place that starts its name ("Baku" of the school) is part of it,
// while a state or an organization written beside it stays a mention of its own ("[CSTO]
// [Ministerial Council]", "[Kazakhstan]’s [Interior Ministry]"), as do a place after "of" and a
// lowercase description ("il governo armeno").
import { CAPITALISED_RUSSIAN_EXERCISE_NOUNS, EXERCISE_NOUNS, ITALIAN_EXERCISE_NOUNS, ITALIAN_OPERATION_NOUNS, OPERATION_NOUNS } from './exerciseNouns';
import { DOMAINS } from './markup';
import { hasSurnameEndingAt } from './personShape';
import { russianCaseForms } from './russianForms';
import { isCyrillic, isWordSpace, lineBreakWithin, type TextWords, wordSpacesStart } from './textScan';
import type { Mention } from './mention';
import { isLowerUnit, isUpperUnit } from './unitCase';
import { WordSet } from './wordSet';

/** Heads of a venue's name, which is a place's: "Federal Military Memorial Cemetery", "Dynamo Stadium", "Independence Square". */
const ENGLISH_PLACE_HEADS = new Set('Cemetery Palace Square Stadium Arena Monument Cathedral Mosque Theatre Theater Avenue Street Boulevard'.split(' '));
/** Heads that end an English name ("Foreign Ministry", "Higher Command School", "Border Troops"). */
const ENGLISH_HEADS = new Set([
  ...('Ministry Council Committee Commission Academy School University Institute Secretariat Parliament Assembly Agency Service ' +
    'Command Department Directorate Administration Court Party Bank Fund Organisation Organization Forces Force Guard Troops Senate ' +
    'Cabinet Presidium Government Airlines Airways Exchange Railways Railway Lab Laboratory Center Centre Club Group Foundation Division Brigade Regiment Corps').split(' '),
  ...ENGLISH_PLACE_HEADS,
]);
/** Heads of a military formation's name, which its number may open. */
const FORMATION_HEADS = new Set('Division Brigade Regiment Corps'.split(' '));
/** An English ordinal in figures: "76th", "201st". */
const ENGLISH_ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;
/** English nouns of a street or a square, which a person's name may begin. */
const STREET_HEADS_EN = new Set(['Avenue', 'Street', 'Boulevard', 'Square']);
/** Heads of names that a state or a person, as well as a city, begins: "Azerbaijan Airlines", "Nazarbayev University". */
const NAMED_AFTER_HEADS = new Set('Airlines Airways Exchange Railways Railway University'.split(' '));
/**
 * Words that end the title of a newspaper, an agency or a site named after a place ("Turkmenistan
 * Today", "Moscow Times", "Yerevan Observer"): any place, a state too, begins such a name, and
 * something must.
 */
const MEDIA_HEADS = new Set('Today Times Post Herald Tribune Gazette Daily Pravda Observer News Review Journal Monitor Courier Telegraph Express Chronicle Insider'.split(' '));
/** English heads that are a body's name on their own when written with a capital ("the Parliament"). */
const ENGLISH_ALONE = new Set('Parliament Secretariat Senate Cabinet Presidium'.split(' '));
/** Heads that start an Italian name ("Ministero degli Esteri", "Consiglio di Sicurezza"). */
const ITALIAN_HEADS = new Set(
  ('Ministero Consiglio Comitato Commissione Partito Segretariato Accademia Scuola Università Istituto Agenzia Servizio ' +
    'Assemblea Forze Forza Banca Fondo Organizzazione Dipartimento Direzione Corte Tribunale Parlamento Senato Guardia Comando ' +
    'Centro Fondazione Osservatorio Associazione Ufficio Procura Camera Politecnico Laboratorio').split(' '),
);
/** Schools named after their city, which is part of the name: "Università di Bologna", "Politecnico di Milano". */
const CITY_NAMED_SCHOOLS = new Set(['Università', 'Politecnico']);
/** Italian heads that are a body's name on their own when written with a capital ("il Parlamento"). */
const ITALIAN_ALONE = new Set('Parlamento Senato Segretariato'.split(' '));
/** The one Italian head also written in small letters before a capitalised name: "ministero della Difesa". */
const ITALIAN_SMALL_HEADS = new Set(['ministero']);
const ITALIAN_LINKS = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'dell', 'per', 'e']);
/**
 * Adjectives that end an Italian body's name written in small letters ("Comitato per la sicurezza
 * nazionale"), or follow its capitalised head ("Università statale", "Accademia militare", "Corte
 * costituzionale").
 */
const ITALIAN_BODY_ADJECTIVES = new WordSet(
  ('nazionale statale federale generale centrale militare collettiva costituzionale permanente internazionale suprema supremo ministeriale esecutivo elettorale elettorali ' +
    // The adjectives that name parties after "Partito": "Partito repubblicano", "Partito comunista".
    'repubblicano democratico socialista comunista liberale popolare conservatore laburista nazionalista radicale ' +
    'collettive collettivi nazionali federali strategici strategiche umani').split(' '),
);
/** What "Centro" is of, in small letters before its name: "Centro studi Eurasia", "Centro ricerche Caucaso". */
const STUDY_WORDS = new WordSet(['studi', 'ricerche']);
/** The endings of Italian adjectives of kind: "interregionali", "economici", "politiche". */
const ITALIAN_ADJECTIVE_ENDING = /(?:al[ei]|ar[ei]|ic[oai]|iche|iv[oaie]|il[ei])$/;
/** Verbs of the adjectives' endings, which may follow a body's name in a sentence: "il Ministero della Salute pubblica i dati". */
const ITALIAN_VERBS_LIKE_ADJECTIVES = new WordSet('pubblica critica replica indica applica comunica verifica modifica specifica rivendica giudica dedica pratica complica'.split(' '));
/** The articles after "per" in a name written in small letters: "Comitato per la ricostruzione", "Centro per gli studi strategici". */
const ARTICLES_AFTER_PER = new Set(['la', 'il', 'lo', 'le', 'gli', 'i', 'l']);
/** Words after "per" and its article that make a phrase of the sentence, not a name: "il Consiglio per la prima volta". */
const NOT_TAIL_WORDS = new WordSet('prima seconda terza ultima volta prossima scorsa questa questo quella quello stessa stesso tutti tutte nostra nostro loro'.split(' '));
/** "Affari" and the kinds of affairs written after it in small letters: "ministero degli Affari esteri", "Affari interni". */
const ITALIAN_AFFAIRS = new WordSet(['Affari']);
const ITALIAN_AFFAIRS_KINDS = new WordSet(['esteri', 'interni', 'sociali', 'economici', 'regionali', 'europei']);
/** The links that carry an article, which may follow "e" inside a name. */
const ARTICLE_LINKS = new Set(['del', 'della', 'dello', 'dei', 'degli', 'delle', 'dell']);
/** "sul" and its forms: what an observatory or a centre of studies is about ("Osservatorio sul Caspio"). */
const ABOUT_LINKS = new Set(['sul', 'sull', 'sulla', 'sullo', 'sui', 'sugli', 'sulle']);
/** Italian adjectives of the points of the compass, after a region's name. */
const COMPASS_ADJECTIVE = /^(?:orientale|occidentale|centrale|meridionale|settentrionale)$/;
/** The heads of the bodies named after what they study. */
const ABOUT_HEADS = new Set(['Osservatorio', 'Centro', 'Laboratorio', 'Istituto', 'Fondazione']);
/**
 * Titles that "e" joins to the one before ("Vicepresidente del Consiglio e Ministro degli Esteri"):
 * after "e" such a word starts a second title, not more of the body's name.
 */
const ITALIAN_TITLE_NOUNS = new Set('ministro viceministro sottosegretario presidente vicepresidente segretario premier'.split(' '));
/**
 * Small words of time that "di" puts after a head without making it a name: "il Consiglio di
 * domani", "il Comitato di lunedì", "il Consiglio di dicembre" (Italian writes months and weekdays
 * in small letters).
 */
const ITALIAN_TIME_WORDS = new WordSet(
  ('domani dopodomani ieri stamattina stamani stasera stanotte ' +
    'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre').split(' '),
);
/**
 * The short names Russian gives ministries and the general staff, its own and other countries'
 * ("Минздрав Киргизии", "Минфин Армении", "начальник Генштаба"), in every case: each a body's whole
 * name, alone or before the country.
 */
const RUSSIAN_SHORT_MINISTRIES = new Set([
  ...'Минздрав Минфин Минюст Минтранс Минтруд Минсельхоз Минпромторг Минстрой Минспорт Генштаб'.split(' ').flatMap((w) => [w, ...russianCaseForms(w, 'organization')]),
  // Those ending in a genitive or in -о do not decline.
  ...'Минэнерго Минприроды Минкультуры Минобрнауки Минпросвещения Минцифры Минэкономразвития Минэкономики'.split(' '),
]);
/** Heads that start a Russian name, in every case: "Совет безопасности", "Совета безопасности". */
const RUSSIAN_HEADS = new Set([
  ...'Совет Министерство Комитет Секретариат Агентство Служба Академия Училище Партия Собрание Управление Департамент Ассамблея Комиссия Фонд Банк Суд Парламент Штаб Институт Университет Центр Кабинет'
    .split(' ')
    .flatMap((w) => [w, ...russianCaseForms(w, 'organization')]),
  ...RUSSIAN_SHORT_MINISTRIES,
]);
/**
 * Heads in small letters of a Russian body that its capitalised adjective names, inside a sentence
 * where a capital says it is a name ("передано в Следственный комитет", "в Бишкекском городском
 * суде", "Центральная избирательная комиссия", "Белорусского государственного университета"), in every case.
 */
const RUSSIAN_SMALL_HEADS = new Set(
  'комитет суд прокуратура палата банк служба агентство комиссия собрание совет университет институт академия училище исполком райисполком горисполком облисполком партия конфедерация федерация ассоциация оппозиция'
    .split(' ')
    .flatMap((w) => [w, ...russianCaseForms(w, 'organization')]),
);
/** The endings of the adjectives before such a head, in every case: "Следственный", "городском". */
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей)$/;
/** Adjectives that name a state's standing bodies, in any case: "Верховный суд", "Генеральная прокуратура", "Центральная избирательная комиссия". */
const STANDING_BODY_ADJECTIVE = /^(?:Генеральн|Верховн|Конституционн|Центральн|Следственн|Сч[её]тн|Национальн|Государственн|Высш|Антимонопольн|Антикоррупционн|Арбитражн|Федеральн)/;
/** How many adjectives in small letters may stand between the capitalised one and the head. */
const MAX_SMALL_ADJECTIVES = 2;

/**
 * The small-letter words of a Russian name after its head: genitives and adjectives in the oblique
 * cases, with the genitive plurals in -ий and -ств ("чрезвычайных ситуаций", "глав государств").
 */
const RUSSIAN_COMPLEMENT = /(?:ости|ии|ы|ти|ки|ого|его|ой|ей|ых|их|ов|ев|дел|ам|ям|ым|им|ий|ств|ния|тия|ства|изма)$/;
/** Nouns of action in the dative, after "по" in a body's name: "противодействию", "борьбе", "контролю", "надзору". */
const RUSSIAN_ACTION_DATIVE = /^(?:\p{Ll}{3,}(?:ению|анию|янию|тию|ствию|ации|ятию)|борьбе|защите|охране|поддержке|подготовке|контролю|надзору|профилактике|предупреждению|ликвидации|содействию)$/u;
/** The words in small letters that complete it: datives, genitives and instrumentals of nouns and adjectives. */
const RUSSIAN_PURPOSE_WORD = /(?:ому|ему|у|ю|ам|ям|ости|ии|ы|и|а|я|ого|его|ой|ей|ых|их|ов|ев|ств|ом|ем|ым|им|ами|ями|ыми|ими|ью)$/;
/** Genitive plurals with no ending, which complete such names: "по защите прав потребителей", "по предупреждению пыток". */
const RUSSIAN_BARE_GENITIVES = new Set('прав дел сил мер граждан пыток угроз войск работ услуг границ'.split(' '));
/** Words of those endings that are no part of a name: prepositions, pronouns, adverbs of time. */
const NOT_PURPOSE_WORDS = new Set('при для или без под над про через его ему ими ней нему них она оно они эти этих этой этому этом всех всем тому сегодня вчера завтра тогда когда всегда иногда снова сюда туда нельзя только почти очень тоже'.split(' '));
/** The words that may link those words: "с", "за" before what they govern, "и" between two. */
const PURPOSE_LINKS = new Set(['с', 'со', 'за', 'и']);
/** How many words may follow the noun of action. */
const MAX_PURPOSE_WORDS = 6;
/** Endings of adjectives that no noun ending a body's name has. */
const RUSSIAN_ADJECTIVE_AT_END = /(?:ого|его|ой|ый|ая|ое|ые|ых|ым)$/;
/** Endings of verbs in the past and present, which a complement never has ("Совет заявил", "Совет решили"). */
const RUSSIAN_VERB = /(?:ли|ла|ло|ал|ил|ыл|ел|ет|ит|ют|ут|ат|ят)$/;
/** Genitives that say whose body it is without naming it: "Совет безопасности страны". */
const RUSSIAN_OWNERS = new Set(['страны', 'республики', 'государства', 'организации', 'города', 'области', 'региона', 'союза']);
const ENGLISH_LINKS = new Set(['of', 'for', 'OF', 'FOR']);

/** Capitalised words that start sentences or belong to titles and clauses, never to a body's name. */
const NOT_MODIFIERS = new Set(
  ('The A An In On At By Of For And Or To From With As His Her Its Their Our This That These Those Mr Mrs Ms ' +
    'President Minister Prime Deputy Chief Secretary General Chairman Head Spokesman Former Acting New').split(' '),
);
const MAX_MODIFIERS = 5;
/** Words a headline in title case leaves in small letters. */
export const TITLE_SMALL_WORDS = new Set('a an the of for to in on at by as or and nor but with from'.split(' '));
// Those sets, asked about a word of the text in place.
const TITLE_SMALL_WORD_SET = new WordSet(TITLE_SMALL_WORDS);
const ENGLISH_HEAD_WORDS = new WordSet(ENGLISH_HEADS);
const NOT_MODIFIER_WORDS = new WordSet(NOT_MODIFIERS);
const NOT_MODIFIER_CAPITALS = new WordSet([...NOT_MODIFIERS].map((word) => word.toUpperCase()));
const ENGLISH_LINK_WORDS = new WordSet(ENGLISH_LINKS);

/** Whether a capitalised word is an institution's head noun ("Partito", "Ministry", "Совета"): never part of a person's name. */
export function isInstitutionHead(word: string): boolean {
  return ENGLISH_HEADS.has(word) || ITALIAN_HEADS.has(word) || RUSSIAN_HEADS.has(word);
}

const INSTITUTION_HEAD_WORDS = new WordSet([...ENGLISH_HEADS, ...ITALIAN_HEADS, ...RUSSIAN_HEADS]);

/** `isInstitutionHead` of the word [start, end) of `text`, read in place. */
export function isInstitutionHeadAt(text: string, start: number, end: number): boolean {
  return INSTITUTION_HEAD_WORDS.hasAt(text, start, end);
}

/**
 * Nouns of an air base whose name the knowledge base does not know, a site as a training ground
 * is: "the Kant air base", "Kant airbase", "la base aerea di Kant", «авиабаза «Кант»». The generic
 * words stay outside the name, which is a place.
 */
const AIR_BASE_HEADS = ['base', 'Base', 'airbase'];
/**
 * Nouns of an airport the knowledge base does not know, as a site's: "Manas airport", "Manas
 * international airport", "l'aeroporto (internazionale) di Manas", "в аэропорту Манас". The generic
 * words stay outside the name, which is a place.
 */
const AIRPORT_HEADS = ['airport', 'aeroporto'];
const RUSSIAN_AIRPORT_HEADS = ['аэропорт', 'аэропорта', 'аэропорту', 'аэропортом', 'аэропорте'];
/** The Russian noun of a river before its name, which does not decline after it: "на реке Вахш", "реки Чу". */
const RUSSIAN_RIVER_NOUNS = ['река', 'реки', 'реке', 'реку', 'рекой'];
/**
 * A venue's noun in small letters after its name and its kind, as a summit's hall is named: "the
 * Meijiang convention centre", or a site of drills, "the Gorny training centre"; in Russian before
 * its name in quotes, «в конгресс-центре «Мэйцзян»».
 */
const VENUE_HEADS = ['centre', 'center'];
const VENUE_KINDS = new WordSet(['convention', 'exhibition', 'conference', 'congress', 'expo', 'training']);
/**
 * Nouns of water works in small letters after their name, as reports on water and power name them:
 * "the Tuyamuyun reservoir", "the Sardoba dam", "the Qosh Tepa canal". The noun stays outside.
 */
const WATER_WORKS_HEADS = ['reservoir', 'canal', 'dam'];
/** Nouns of a plant or a station after its name and its kind: "the Ekibastuz power plant", "the Kropotkinskaya pumping station". */
const PLANT_HEADS = ['plant', 'station'];
const PLANT_KINDS = new WordSet(['power', 'hydropower', 'hydroelectric', 'thermal', 'pumping', 'coal', 'gas']);
/** The articles that open a sentence before such a name: "The Sardoba dam broke". */
const SENTENCE_ARTICLES = new Set(['The', 'A', 'An']);
/**
 * Russian abbreviations of a state's ministries, of the Kyrgyz and Tajik committees of national
 * security (ГКНБ) and of a central election commission (ЦИК), which do not decline, named alone as the English "the Foreign Ministry" is: a body whose state the sentence may tell (possessiveBodies.ts). With
 * its state after it ("МИД России") the knowledge base knows it.
 */
const RUSSIAN_BARE_BODIES = new Set(['МИД', 'МВД', 'МЧС', 'Минобороны', 'ГКНБ', 'ЦИК']);
/** Words that make such an abbreviation several states' ministries, no body's name: "встреча глав МИД", "МИД стран ОДКБ". */
const MANY_MINISTRIES_BEFORE = new Set(['глав', 'главами', 'главам', 'руководителей']);
const MANY_MINISTRIES_AFTER = new Set(['стран', 'государств', 'государств-членов', 'стран-участниц', 'стран-членов']);
/** The forms of "центр" that head a venue after "конгресс-" (the words are read apart at the hyphen). */
const RUSSIAN_CENTRE_HEADS = new Set(['центр', 'центра', 'центре', 'центру', 'центром']);
/** The Russian nouns of an air base and of a training ground, in every case, before its name: «авиабаза «Кант»», "на полигоне Чорухдайрон". */
const RUSSIAN_SITE_HEADS = new Set(['авиабаза', 'авиабазы', 'авиабазе', 'авиабазу', 'авиабазой', 'полигон', 'полигона', 'полигоне', 'полигону', 'полигоном', ...RUSSIAN_AIRPORT_HEADS, ...RUSSIAN_RIVER_NOUNS]);
/**
 * Russian nouns of a square or a street, and the Italian "piazza", before its capitalised name: "на площади
 * Республики", "по проспекту Чуй", "in Piazza della Repubblica". The noun is part of the place's
 * name, as "Independence Square" is.
 */
const RUSSIAN_STREET_NOUNS = 'площадь улица проспект бульвар'.split(' ').flatMap((w) => [w, ...russianCaseForms(w, 'place')]);
const STREET_HEADS = new Set([...RUSSIAN_STREET_NOUNS, ...RUSSIAN_STREET_NOUNS.map((w) => w[0].toUpperCase() + w.slice(1)), 'Piazza', 'piazza']);
/** A street's and a square's feminine nouns in the oblique cases, with which a feminine adjective after them agrees. */
const FEMININE_OBLIQUE_STREET_NOUNS = new Set(['улице', 'улицы', 'улицей', 'площади', 'площадью']);
/** The endings of a Russian adjective in the oblique cases: "Ферганской", "Чуйского". */
const RUSSIAN_OBLIQUE_ADJECTIVE = /(?:ой|ого|его|ей|ых|их|ому|ему|ым|им)$/;
/** The links after an Italian square's noun: "Piazza della Repubblica". ("Via" is not among the nouns: "Via Telegram, he said".) */
const ITALIAN_STREET_LINKS = new Set(['della', 'del', 'dei', 'delle', 'degli', 'di']);
/**
 * The Russian nouns of a residence and of a palace, in every case, before a name in quotes:
 * "в резиденции «Кохи Навруз»", "во дворце «Кохи Навруз»". Only a quoted name is taken: the word
 * after the noun alone is as often its owner ("резиденция Токаева").
 */
const RUSSIAN_VENUE_HEADS = new Set(['резиденция', 'резиденции', 'резиденцию', 'резиденцией', 'дворец', 'дворца', 'дворце', 'дворцу', 'дворцом']);
/**
 * The nouns of a news outlet, which name it before its name in quotes or, where it is one word or a
 * web address, without them ("il portale 24.kg"): Russian in every case, Italian, English.
 */
const RUSSIAN_OUTLET_NOUNS = 'издание агентство информагентство телеканал портал'.split(' ');
const ITALIAN_OUTLET_NOUNS = 'quotidiano giornale agenzia emittente testata settimanale'.split(' ');
const ENGLISH_OUTLET_NOUNS = 'newspaper broadcaster'.split(' ');
const russianInCases = (words: readonly string[]) => words.flatMap((w) => [w, ...russianCaseForms(w, 'organization')]);
/**
 * Nouns of a newspaper, an agency, a channel, a party or a company before its name in quotes, which
 * is the organization's whole name even when it holds a place's: «газета «Минский курьер»», «партия
 * «Единая Россия»», «портал «Центральная Азия»», "il quotidiano «Kommersant»", 'the newspaper
 * "Vedomosti"'. Only a quoted name is taken, the noun outside.
 */
const QUOTED_NAME_HEADS = new Set(
  [
    ...russianInCases([
      ...RUSSIAN_OUTLET_NOUNS,
      ...('газета канал радиостанция радио журнал телекомпания телерадиокомпания ' +
        'медиахолдинг партия движение фракция блок компания госкомпания госкорпорация концерн холдинг корпорация банк фонд ассоциация сеть').split(' '),
    ]),
    'ИА',
    // A company's legal form: "ОАО «Рогунская ГЭС»", "ТОО «…»".
    ...'ОАО ЗАО ПАО АО ООО ОсОО ТОО'.split(' '),
    ...ITALIAN_OUTLET_NOUNS,
    ...'canale rivista partito movimento coalizione'.split(' '),
    ...ENGLISH_OUTLET_NOUNS,
    ...'daily weekly agency channel outlet magazine party movement bloc'.split(' '),
  ].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]),
);
/**
 * Nouns of a news outlet before its name without quotes: "the news website CivilNet", "told local
 * website Kaktus.media", "il sito Vlast.kz", "al portale regionale Sisian Times", "издание 24.kg".
 * After the Russian ones only a name in Latin letters or a web address is taken. "site" counts
 * after "news" or "web" only ("the test site" is a place's).
 */
const MEDIA_NOUNS_BEFORE_NAME = new Set([
  ...ENGLISH_OUTLET_NOUNS,
  ...'website portal site'.split(' '),
  ...ITALIAN_OUTLET_NOUNS,
  ...'sito portale tv'.split(' '),
  ...russianInCases([...RUSSIAN_OUTLET_NOUNS, 'сайт']),
]);
/** Italian adjectives between such a noun and the name: "la tv pubblica H1", "il portale regionale Sisian Times". */
const MEDIA_ADJECTIVES = new Set('pubblica pubblico regionale locale governativo governativa indipendente statale online filogovernativo privato privata'.split(' '));
/** A web address that names an outlet: "Kaktus.media", "24.kg", "Vlast.kz", "News.am"; its domain one of the addresses' markup.ts blanks, or an outlet's. */
const WEB_NAME = new RegExp(`^(?:\\p{Lu}[\\p{L}\\d-]*|\\d+)\\.(?:${[...DOMAINS, 'media', 'io'].join('|')})(?![\\p{L}\\d])`, 'u');
/** The most capitalised words such a name is read to. */
const MAX_MEDIA_NAME_WORDS = 3;
/**
 * English nouns in small letters after the name of a newspaper, an agency or a party
 * the knowledge base does not know: "the Ana Tili newspaper", "the ruling Civil Contract party",
 * "the Khabar news agency". The name is an organization's, the noun outside, as a venue's.
 */
const ENGLISH_KIND_AFTER_NAME = new Set(['newspaper', 'daily', 'weekly', 'agency', 'broadcaster', 'magazine', 'portal', 'website', 'party', 'movement', 'bloc']);
/** Those nouns that "news" may come before: "the Khabar news agency". ("channel" is not among the nouns: "his Telegram channel" is a platform's.) */
const NEWS_KINDS = new Set(['agency', 'website', 'portal']);
/** Endings of English adjectives, which a name of one word before such a noun is not: "Communist", "Democratic", "Liberal", "Republican". */
const ADJECTIVE_ENDING = /(?:ist|ic|al|an)$/;
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'A', 'An']);
/** Capitalised words that open a sentence before such a name: "The Civil Contract party won". */
const DETERMINERS = new Set(['The', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our']);
/** The most capitalised words such a name is read back to. */
const MAX_KIND_NAME_WORDS = 3;
/** The most words a name in quotes after such a noun is read to: «Справедливая Россия — За правду» is five. */
const MAX_QUOTED_NAME_WORDS = 6;
/**
 * The Russian nouns of a border post, in every case, before its name in quotes: "на погранзаставе
 * «Шипад»", "КПП «Кызыл-Бел»", and "пропуска" of "пункт пропуска «Кызыл-Бел»".
 * The name is a place's, the noun outside.
 */
const RUSSIAN_POST_HEADS = new Set([
  ...'погранзастава застава погранпост'.split(' ').flatMap((w) => [w, ...russianCaseForms(w, 'place')]),
  'КПП',
  'пропуска',
]);
/** The most words a venue's name in quotes is read to. */
const MAX_VENUE_WORDS = 4;
/** The quotes that close a name: Russian, English and straight, and the German style's “ that closes „. */
const CLOSING_QUOTES = '»”"“';
/** The words after the Italian "base" that make it an air or naval base. */
const ITALIAN_BASE_KINDS = new WordSet(['aerea', 'navale']);

/**
 * Nouns of a training ground whose name the knowledge base does not know: English writes the name
 * before "training ground", "firing range" ("the Obuz-Lesnovsky training ground"), Italian after
 * "poligono" ("il poligono di Borisov"). The generic words stay outside the name, which is a place.
 */
const SITE_HEADS = new Set(['ground', 'range', 'poligono', ...AIR_BASE_HEADS, ...AIRPORT_HEADS, ...VENUE_HEADS, ...WATER_WORKS_HEADS, ...PLANT_HEADS]);
/**
 * Nouns of a village whose name follows them, as border reports name the small places of a clash:
 * "the village of Kok-Tash", "il villaggio di Ak-Sai". The noun stays outside the name, a place.
 */
const VILLAGE_HEADS = new Set(['village', 'villages', 'town', 'towns', 'city', 'settlement', 'settlements', 'hamlet']);
/**
 * The nouns of an area English names before them, in small letters: "the Shahrituz district",
 * "Takhar province". The noun is part of the place's name, as in "Chernihiv region"; a town's name
 * before it is areaHeads.ts's, which may know the region.
 */
const ENGLISH_AREA_HEADS = new Set(['district', 'province', 'region', 'oblast', 'rayon']);
/** Capitalised words before an area's noun that say where or what kind it is rather than name it. */
const AREA_KIND_WORDS = new WordSet(
  ('Northern Southern Eastern Western Central North South East West Northeastern Northwestern Southeastern Southwestern ' +
    'Border Frontier Mountain Mountainous Autonomous Entire Whole Each Every Which Another Other Same Key Neighbouring Neighboring ' +
    'Disputed Occupied Capital Federal Military Administrative Home Restive Remote Breakaway Separatist Coastal Rural Industrial Wider Greater Broader').split(' '),
);
/**
 * "based" after a place and a hyphen, before the name of a body based there: "the Vilnius-based
 * Belarus Security Monitor", "the Bishkek-based think tank Central Asia Security Review". A known
 * place inside that name is part of it.
 */
const BASED_HEADS = new Set(['based']);
/** The words in small letters of a body's kind that may stand between "-based" and its name. */
const BASED_KINDS = new WordSet(
  'think tank think-tank rights group watchdog news agency site website outlet portal research centre center institute monitor organisation organization company firm consultancy analytical independent online broadcaster channel newspaper magazine'.split(' '),
);
/** How many words such a name may have. */
const MAX_BASED_NAME_WORDS = 6;
/**
 * The Italian nouns of a village, a town or an area whose name follows after "di": "la città di
 * Kaskelen", "nel distretto di Maktaaral", "la provincia di Takhar" (a known town's district is
 * areaHeads.ts's: "distretto di Isfara"). Not the plural "province", which English reads as its own noun.
 */
const ITALIAN_VILLAGE_HEADS = new Set(['villaggio', 'villaggi', 'città', 'cittadina', 'distretto', 'distretti', 'provincia', 'regione', 'regioni']);
/** Of those, the nouns of one area. */
const ITALIAN_AREA_NOUNS = new Set(['distretto', 'provincia', 'regione']);
/**
 * The plural nouns of settlements, after which several names are listed, each a place of its own:
 * "the villages of Kirants and Voskepar", "из сёл Кулунду и Маргун", "i villaggi di Kok-Tash e Ak-Sai".
 */
const SETTLEMENT_PLURALS = new Set(['villages', 'towns', 'settlements', 'villaggi', 'distretti', 'regioni', 'сел', 'сёл', 'селах', 'сёлах', 'селам', 'сёлам', 'деревень', 'деревнях', 'кишлаков', 'кишлаках', 'аулов', 'аулах', 'городов', 'городах', 'посёлков', 'поселков']);
/** The words that join the names of such a list: "and", "и", "e". */
const LIST_LINKS = new Set(['and', 'и', 'e']);
/** The most names such a list is read to after the first. */
const MAX_LISTED_NAMES = 5;
/**
 * Nouns of an exercise or a named operation, next to which a name with an edition's year the
 * knowledge base does not know is the exercise's or the operation's: "the CSTO exercises
 * “Cooperation-2024”", "le esercitazioni congiunte “Cooperazione-2024”", "the Frontier-2024
 * drills", «операция «Канал-2023»». The year is part of the name, the noun is not.
 */
const EDITION_HEADS = new Set([...EXERCISE_NOUNS, ...CAPITALISED_RUSSIAN_EXERCISE_NOUNS, ...OPERATION_NOUNS]);
/** An edition's name in quotes, a year at its end; unquoted, with a hyphen before the year. */
const QUOTED_EDITION = '[«“"„](\\p{Lu}\\p{Ll}+(?:[ -]\\p{L}+){0,3}(?: | ?[-‐‑–—] ?)(?:19|20)\\d\\d)[»”"“]';
const BARE_EDITION = '(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}-(?:19|20)\\d\\d)(?![\\p{L}\\p{N}])';
/** Up to four words after the noun, then a quoted name; or the name unquoted, after `smallWords` words in small letters at most. */
const editionAfterHead = (smallWords: number) =>
  new RegExp(`^(?:(?:[ \\u00a0]+[\\p{L}’'.]+){0,4}?[ \\u00a0]+${QUOTED_EDITION}|(?:[ \\u00a0]+\\p{Ll}+){0,${smallWords}}[ \\u00a0]+${BARE_EDITION})`, 'u');
/** After an English or Russian noun, an unquoted name comes right after it. */
const EDITION_AFTER_HEAD = editionAfterHead(0);
/**
 * After an Italian noun, which its adjectives follow, two words in small letters may come first
 * ("l'operazione antidroga Kanal-2023", "le esercitazioni congiunte Rubezh-2024").
 */
const EDITION_AFTER_ITALIAN_HEAD = editionAfterHead(2);
/** The Italian nouns of exercises and operations. */
const ITALIAN_EDITION_HEADS = new Set([...ITALIAN_EXERCISE_NOUNS, ...ITALIAN_OPERATION_NOUNS]);
/** A name ending with a year right before the noun: in quotes ("the “Southern Shield 2024” exercise"), or hyphened ("the Frontier-2024 drills"). */
const EDITION_BEFORE_HEAD = /(?:^|[^\p{L}\p{N}])(?:[«“"„](\p{Lu}\p{Ll}+(?:[ -]\p{L}+){0,3}(?: | ?[-‐‑–—] ?)(?:19|20)\d\d)[»”"“]|(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){0,2}-(?:19|20)\d\d))[ \u00a0]+$/u;
/** Whether a figure or a closing quote comes before `at` and the spaces before it: what EDITION_BEFORE_HEAD needs there. */
function editionMayEndBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0xa0)) k--;
  if (k === at || k === 0) return false;
  const code = text.charCodeAt(k - 1);
  return (code >= 0x30 && code <= 0x39) || code === 0xbb || code === 0x201d || code === 0x22 || code === 0x201c;
}
/** How far around an exercise's noun its name is looked for. */
const EDITION_REACH = 80;
/** The words that make "ground" and "range" a site's: "training ground", "firing range", "proving ground". */
const SITE_KINDS = new WordSet(['training', 'firing', 'proving', 'air', 'naval', 'Training', 'Firing', 'Proving', 'Air', 'Naval']);
const ITALIAN_SITE_LINKS = new WordSet(['di', 'militare', 'internazionale']);
/** How many capitalised words a site's name may have. */
const MAX_SITE_WORDS = 3;

/**
 * The nouns of a Russian region, district or mountain range the knowledge base does not know, in every case and
 * number: its name is the capitalised adjective before them ("в Ляховичском районе", "Лейлекского
 * района", "Туркестанского хребта"), and the adjective and the noun are the place's mention, as the knowledge base writes
 * "Брестская область".
 */
const RUSSIAN_AREA_HEADS = new Set(
  ('район района району районом районе районы районов районам районами районах ' +
    'область области областью областей областям областями областях край края краю краем крае краях краев ' +
    'хребет хребта хребту хребтом хребте').split(' '),
);
/** The endings of the adjective that names such a place: "Ляховичском", "Кордайского", "Алматинской". */
const RUSSIAN_AREA_ADJECTIVE = /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$/;
/** The plural heads, after which earlier adjectives joined by "и" or commas are places of their own. */
const RUSSIAN_AREA_PLURALS = new Set('районы районов районам районами районах области областей областям областями областях края краев краях'.split(' '));

/**
 * The nouns of a Russian settlement, in small letters before its name: "жители села Кулунду", "в
 * кишлаке Ворух", "посёлок Кок-Жар". The name after the noun is the place's mention, the noun outside.
 */
const RUSSIAN_SETTLEMENT_HEADS = new Set(
  ('село села селу селом селе поселок поселка поселку поселком поселке посёлок посёлка посёлку посёлком посёлке ' +
    'кишлак кишлака кишлаку кишлаком кишлаке аул аула аулу аулом ауле деревня деревни деревне деревню деревней ' +
    'станица станицы станице станицу станицей город города городу городом городе городок городка городке ' +
    'сел сёл селах сёлах селам сёлам деревень деревнях кишлаков кишлаках аулов аулах городов городах посёлков поселков').split(' '),
);

/** The English heads in capitals, as a letterhead writes them ("MINISTRY OF DEFENCE OF …"). */
const CAPITAL_HEADS = new Set([...ENGLISH_HEADS].map((head) => head.toUpperCase()));

/** Every head noun, as written. */
export const HEADS: readonly string[] = [
  ...ENGLISH_HEADS, ...MEDIA_HEADS, ...ITALIAN_HEADS, ...ITALIAN_SMALL_HEADS, ...RUSSIAN_HEADS, ...RUSSIAN_SMALL_HEADS, ...SITE_HEADS, ...VILLAGE_HEADS, ...ENGLISH_AREA_HEADS, ...BASED_HEADS, ...ITALIAN_VILLAGE_HEADS, ...RUSSIAN_SITE_HEADS, ...EDITION_HEADS, ...RUSSIAN_AREA_HEADS,
  ...RUSSIAN_SETTLEMENT_HEADS, ...RUSSIAN_VENUE_HEADS, ...STREET_HEADS, ...RUSSIAN_POST_HEADS, ...RUSSIAN_CENTRE_HEADS, ...RUSSIAN_BARE_BODIES, ...QUOTED_NAME_HEADS, ...ENGLISH_KIND_AFTER_NAME, ...MEDIA_NOUNS_BEFORE_NAME,
];
/** The heads, asked about in place: most words are ruled out by their first unit and length, before any string is made. */
const HEAD_WORDS = new WordSet([...HEADS, ...CAPITAL_HEADS]);
const MAX_TAIL_WORDS = 8;

/** A name found around a head: a body's, or with `place`, a training ground's. */
export interface FoundName {
  start: number;
  end: number;
  place?: true;
  /** An exercise's name with its edition's year. */
  event?: true;
}

export interface InstitutionContext {
  /** The known mention (entity or date) that overlaps [start, end), if any. */
  knownAt(start: number, end: number): Mention | undefined;
  /** Whether a known mention may be part of a longer body's name: a city or a site ("Baku Higher Command School"). */
  partOfName(mention: Mention): boolean;
  /** Whether a word in small letters is a demonym the knowledge base knows ("russa", "kazako"). */
  isDemonym(word: string): boolean;
}

/** Whether a word is written in Cyrillic letters, as its first says. */
function isCyrillicWord(word: string): boolean {
  return isCyrillic(word.charCodeAt(0));
}

function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return isUpperUnit(code);
}

function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return isLowerUnit(code);
}

/** \n or \r: a line ends there, as the incremental recognizer cuts the text. */

/** How many words on each side of a head are read: enough for its name and for telling a headline. */
const WORDS_AROUND = 13;
/** How many words past those a line in capitals is read on, to tell a headline from a sentence that a long name starts. */
const TITLE_LINE_WORDS = 40;

/**
 * Notes the institution nouns among the words of a text as the candidate scan reads them, and
 * finds the bodies named around them, reading only the words of their line near each.
 */
export class InstitutionNames {
  /** The words around the head being read: `count` of the text's words from its word `base`. */
  private base = 0;
  private count = 0;
  /** The heads, by their index among the text's words. */
  private readonly heads: number[] = [];
  /** The places listed before the plural head read last, by their adjective alone ("в Ганцевичском и Пружанском районах"). */
  private readonly listed: FoundName[] = [];

  /** `words`: the text's words, as `wordsOf` reads them. */
  constructor(
    private readonly text: string,
    private readonly words: TextWords,
  ) {}

  /** The text's word `k`, shown in order. */
  word(k: number): void {
    if (HEAD_WORDS.hasAt(this.text, this.words.starts[k], this.words.ends[k])) this.heads.push(k);
  }

  /** The spans of the bodies found, and of the training grounds (`place`), sorted and apart. */
  find(context: InstitutionContext): FoundName[] {
    const found: FoundName[] = [];
    let reached = -1;
    for (const k of this.heads) {
      if (this.words.starts[k] < reached) continue;
      // A head inside a name the knowledge base knows is that name's: its line is not read, but
      // for the places listed before it when it ends such a list.
      const known = context.knownAt(this.words.starts[k], this.words.ends[k]);
      this.listed.length = 0;
      if (known) {
        if (known.type === 'place' && RUSSIAN_AREA_PLURALS.has(this.text.slice(this.words.starts[k], this.words.ends[k]))) this.listBeforeKnown(k, known, context);
        for (const place of this.listed) if (place.start >= reached) found.push(place);
        continue;
      }
      const span = this.around(this.readAround(k), context);
      if (!span || span.start < reached) continue;
      for (const place of this.listed) if (place.start >= reached && place.end <= span.start) found.push(place);
      found.push(span);
      reached = span.end;
      for (const place of this.listed) if (place.start >= reached) found.push(place);
      reached = found[found.length - 1].end;
    }
    return found;
  }

  /**
   * Takes the words of the line around the text's word `head`, up to WORDS_AROUND on each side:
   * those that no line break parts from it. Returns the head's index among them.
   */
  private readAround(head: number): number {
    const { starts, ends, count } = this.words;
    let first = head;
    while (first > 0 && head - first < WORDS_AROUND && !this.lineBreakIn(ends[first - 1], starts[first])) first--;
    let last = head;
    while (last + 1 < count && last - head < WORDS_AROUND && !this.lineBreakIn(ends[last], starts[last + 1])) last++;
    this.base = first;
    this.count = last + 1 - first;
    return head - first;
  }

  /** Whether a line ends in [from, to), the gap between two words. */
  private lineBreakIn(from: number, to: number): boolean {
    return lineBreakWithin(this.text, from, to);
  }

  /** Where word i of those around the head starts. */
  private startOf(i: number): number {
    return this.words.starts[this.base + i];
  }

  /** Where word i of those around the head ends. */
  private endOf(i: number): number {
    return this.words.ends[this.base + i];
  }

  private wordText(i: number): string {
    return this.text.slice(this.startOf(i), this.endOf(i));
  }

  /** Whether word i is in `set`, read in place: the words around a head are many, and most are looked at once. */
  private isIn(set: WordSet, i: number): boolean {
    return set.hasAt(this.text, this.startOf(i), this.endOf(i));
  }

  /** Whether words i and i + 1 are separated by one plain space (or a no-break space). */
  private spaced(i: number): boolean {
    if (i < 0 || i + 1 >= this.count) return false;
    const gap = this.startOf(i + 1) - this.endOf(i);
    if (gap !== 1) return false;
    return isWordSpace(this.text.charCodeAt(this.endOf(i)));
  }

  /** Whether words i and i + 1 are the halves of a compound joined by a hyphen: "North-Western", "Kazakh-Russian". */
  private hyphenated(i: number): boolean {
    if (i < 0 || i + 1 >= this.count) return false;
    return this.startOf(i + 1) - this.endOf(i) === 1 && this.text.charCodeAt(this.endOf(i)) === 0x2d;
  }

  /** Whether word i is joined to i + 1 by an elided article: "dell’Interno", "dell'Asia". */
  private elided(i: number): boolean {
    if (i < 0 || i + 1 >= this.count || this.startOf(i + 1) - this.endOf(i) !== 1) return false;
    const c = this.text.charCodeAt(this.endOf(i));
    return c === 0x27 || c === 0x2019;
  }

  private capitalised(i: number): boolean {
    const s = this.startOf(i);
    return this.endOf(i) - s >= 2 && isUpper(this.text.charCodeAt(s)) && isLower(this.text.charCodeAt(s + 1));
  }

  private around(h: number, context: InstitutionContext): FoundName | undefined {
    const head = this.wordText(h);
    if (QUOTED_NAME_HEADS.has(head) && this.openingQuoteAfter(h)) {
      const quoted = this.quotedName(h, context);
      if (quoted) return quoted;
    }
    if (MEDIA_NOUNS_BEFORE_NAME.has(head)) {
      const named = this.mediaNameAfter(h, context);
      if (named) return named;
    }
    if (ENGLISH_KIND_AFTER_NAME.has(head)) return this.englishNameBeforeKind(h, context);
    if (SITE_HEADS.has(head)) return head === 'poligono' || head === 'aeroporto' ? this.italianSite(h, context) : head === 'base' || head === 'Base' ? (this.englishSite(h, context) ?? this.italianBase(h, context)) : this.englishSite(h, context);
    if (RUSSIAN_SITE_HEADS.has(head)) return this.russianSettlement(h, context, true);
    if (RUSSIAN_VENUE_HEADS.has(head)) return this.russianVenue(h, context);
    if (STREET_HEADS.has(head)) return this.street(h, context);
    if (RUSSIAN_POST_HEADS.has(head) && (head !== 'пропуска' || (h >= 1 && this.spaced(h - 1) && this.wordText(h - 1).toLowerCase().startsWith('пункт')))) return this.russianVenue(h, context);
    if (RUSSIAN_BARE_BODIES.has(head)) return this.bareMinistry(h);
    // "центр" in small letters heads no name of its own ("центр тяжести", "в центре внимания"): only a congress centre's.
    if (RUSSIAN_CENTRE_HEADS.has(head)) return h >= 1 && this.hyphened(h - 1) && this.wordText(h - 1) === 'конгресс' ? this.russianVenue(h, context) : undefined;
    if (VILLAGE_HEADS.has(head)) return this.listedAfter(h, this.englishVillage(h, context), context);
    if (ITALIAN_VILLAGE_HEADS.has(head)) {
      const site = this.italianSite(h, context);
      // An area's noun is part of its name, as areaHeads.ts writes a known town's ("distretto di Isfara").
      return this.listedAfter(h, site && ITALIAN_AREA_NOUNS.has(head) ? { ...site, start: this.startOf(h) } : site, context);
    }
    if (ENGLISH_AREA_HEADS.has(head)) return this.englishArea(h, context);
    if (BASED_HEADS.has(head)) return this.basedName(h, context);
    if (EDITION_HEADS.has(head)) return this.exerciseEdition(h, context);
    if (RUSSIAN_AREA_HEADS.has(head)) return this.russianArea(h, context);
    if (RUSSIAN_SETTLEMENT_HEADS.has(head)) return this.listedAfter(h, this.russianSettlement(h, context), context);
    if (RUSSIAN_SMALL_HEADS.has(head)) return this.russianAdjectiveFirst(h, context);
    if (ENGLISH_HEADS.has(head)) return this.english(h, context);
    if (CAPITAL_HEADS.has(head)) return this.letterheadInCapitals(h, context);
    if (MEDIA_HEADS.has(head)) return this.mediaTitle(h, context);
    if (ITALIAN_HEADS.has(head) || ITALIAN_SMALL_HEADS.has(head)) return this.italian(h, context);
    return this.russian(h);
  }

  /** Capitalised modifiers, the head, and "of (the) …" groups of capitalised words after it. */
  private english(h: number, context: InstitutionContext): FoundName | undefined {
    // A headline in title case capitalises every word: there capitals say nothing of a name, unless
    // the line is the name and its owner and nothing else (read once the name is).
    const titleCase = this.inTitleCase(h);
    // The last of several heads ends the name: "Higher Command School", "Defence Ministry Press Service".
    for (let i = h + 1; i < this.count && i - h <= MAX_MODIFIERS && this.spaced(i - 1) && this.capitalised(i); i++) {
      if (this.isIn(ENGLISH_HEAD_WORDS, i)) return undefined;
    }
    let first = h;
    let absorbed = false;
    const namedAfter = NAMED_AFTER_HEADS.has(this.wordText(h));
    // A street is named after a person the knowledge base knows: "Abai Avenue", "Nazarbayev Street".
    const street = STREET_HEADS_EN.has(this.wordText(h));
    for (let i = h - 1; i >= 0 && h - i <= MAX_MODIFIERS && (this.spaced(i) || this.hyphenated(i)) && this.capitalised(i); i--) {
      if (this.isIn(NOT_MODIFIER_WORDS, i)) break;
      const known = context.knownAt(this.startOf(i), this.endOf(i));
      // A place that starts the name is part of it; a state or an organization beside it is not,
      // but for the heads of names a state or a person may begin, and for a street a person.
      if (known && !context.partOfName(known) && !(namedAfter && (known.type === 'place' || known.type === 'person')) && !(street && known.type === 'person')) break;
      first = i;
      if (known) {
        absorbed = true;
        // A place of several words begins the name whole: "Central Asia Institute".
        let k = i;
        while (k > 0 && this.startOf(k) > known.start) k--;
        if (this.startOf(k) === known.start) first = k;
        break;
      }
    }
    // A formation's number opens its name: "76th Air Assault Division", "31st Brigade".
    if (first > 0 && FORMATION_HEADS.has(this.wordText(h)) && this.spaced(first - 1) && ENGLISH_ORDINAL.test(this.wordText(first - 1))) first--;
    let last = h;
    for (let i = h + 1; i < this.count && i - h <= MAX_TAIL_WORDS; ) {
      if (!this.spaced(i - 1)) break;
      // "and" joins two groups of one name after its link ("Center for Strategic and International
      // Studies", "Institute for War and Peace Reporting"); a head or "the" after it starts another body.
      const and = last > h && this.wordText(i) === 'and';
      if (!and && !this.isIn(ENGLISH_LINK_WORDS, i)) break;
      let j = i + 1;
      // The city a university is named after is part of its name: "University of Bologna".
      if (i === h + 1 && this.wordText(h) === 'University' && this.wordText(i) === 'of' && this.spaced(i) && this.knownPlaceWord(j, context)) {
        last = j;
        break;
      }
      if (!and && j < this.count && this.spaced(j - 1) && this.wordText(j) === 'the') j++;
      let groupEnd = -1;
      for (; j < this.count && this.spaced(j - 1) && this.capitalised(j); j++) {
        const known = context.knownAt(this.startOf(j), this.endOf(j));
        if (known && (known.type !== 'organization' || !/\p{Ll}/u.test(known.text))) break;
        if (and && this.isIn(ENGLISH_HEAD_WORDS, j)) {
          groupEnd = -1;
          break;
        }
        groupEnd = j;
      }
      // A group that ends at a place or an acronym stays out, with its "of": "[Council] of [Europe]".
      if (groupEnd < 0 || (j < this.count && this.spaced(j - 1) && this.capitalised(j))) break;
      last = groupEnd;
      i = groupEnd + 1;
    }
    if (first === h && last === h && !ENGLISH_ALONE.has(this.wordText(h))) return undefined;
    if (absorbed && first + 1 === h && last === h && !namedAfter && !street) return undefined;
    if (titleCase && !this.lineOfNameAndOwner(first, last, context)) return undefined;
    return ENGLISH_PLACE_HEADS.has(this.wordText(h)) ? { start: this.startOf(first), end: this.endOf(last), place: true } : { start: this.startOf(first), end: this.endOf(last) };
  }

  /**
   * Whether the line is the name of words [first, last] and, after "of (the)", a place or an
   * organization the knowledge base knows that ends the line, and nothing else: a letterhead
   * ("Ministry of Foreign Affairs of the Republic of Belarus"), not a headline, which says more.
   */
  private lineOfNameAndOwner(first: number, last: number, context: InstitutionContext): boolean {
    const { starts, ends } = this.words;
    const at = this.base + first;
    if (at > 0 && !this.lineBreakIn(ends[at - 1], starts[at])) return false;
    let i = last + 1;
    if (!this.spaced(i - 1) || !this.isIn(ENGLISH_LINK_WORDS, i)) return false;
    i++;
    if (this.spaced(i - 1) && (this.wordText(i) === 'the' || this.wordText(i) === 'THE')) i++;
    if (!this.spaced(i - 1)) return false;
    const owner = context.knownAt(this.startOf(i), this.endOf(i));
    if (owner === undefined || owner.start !== this.startOf(i) || (owner.type !== 'place' && owner.type !== 'organization')) return false;
    // The owner's last word ends the line.
    let end = i;
    while (end + 1 < this.count && this.endOf(end + 1) <= owner.end) end++;
    const next = this.base + end + 1;
    return this.endOf(end) === owner.end && (next >= this.words.count || this.lineBreakIn(ends[next - 1], starts[next]));
  }

  /**
   * A body's name in capitals that starts its line and ends where "OF (THE)" and its owner, a place
   * or an organization the knowledge base knows, end the line: a letterhead ("MINISTRY OF DEFENCE
   * OF THE REPUBLIC OF BELARUS"). A line in capitals that says more is a headline, whose capitals
   * say nothing of a name.
   */
  private letterheadInCapitals(h: number, context: InstitutionContext): { start: number; end: number } | undefined {
    if (h > MAX_MODIFIERS) return undefined;
    for (let i = 0; i <= h; i++) if (!this.inCapitals(i) || (i < h && !this.spaced(i))) return undefined;
    // "THE", "NEW" and the like start the line, not the name.
    let first = 0;
    while (first < h && this.isIn(NOT_MODIFIER_CAPITALS, first)) first++;
    for (let last = h; last < this.count && last - h <= MAX_TAIL_WORDS; last++) {
      if (last > h && (!this.inCapitals(last) || !this.spaced(last - 1))) return undefined;
      // A head alone is a name only where it is one in small letters too: "[Council] of [Europe]" is not.
      if (first === h && last === h && !ENGLISH_ALONE.has(this.wordText(h)[0] + this.wordText(h).slice(1).toLowerCase())) continue;
      if (this.lineOfNameAndOwner(0, last, context)) return { start: this.startOf(first), end: this.endOf(last) };
    }
    return undefined;
  }

  /** Whether word i has a capital and no small letter. */
  private inCapitals(i: number): boolean {
    let capital = false;
    for (let k = this.startOf(i); k < this.endOf(i); k++) {
      const code = this.text.charCodeAt(k);
      if (isLower(code)) return false;
      if (isUpper(code)) capital = true;
    }
    return capital;
  }

  /**
   * Whether the words around word h, on its line, are written in title case: none starts with a
   * small letter but the short words titles leave so ("of", "the"), and a few with a capital.
   */
  private inTitleCase(h: number): boolean {
    let capitalised = 0;
    const look = (i: number) => {
      const first = this.text.charCodeAt(this.startOf(i));
      if (isLower(first)) return this.isIn(TITLE_SMALL_WORD_SET, i);
      if (isUpper(first)) capitalised++;
      return true;
    };
    // The words read are those of the head's line.
    for (let i = h - 1; i >= 0; i--) if (!look(i)) return false;
    for (let i = h + 1; i < this.count; i++) if (!look(i)) return false;
    // A long name can fill the words read ("Ministry of Foreign Affairs of the Republic of …"): the
    // line goes on past them, and a word in small letters there says it is a sentence.
    for (let k = this.base + this.count, read = 0; k < this.words.count && read < TITLE_LINE_WORDS; k++, read++) {
      if (this.lineBreakIn(this.words.ends[k - 1], this.words.starts[k])) break;
      if (!look(k - this.base)) return false;
    }
    return capitalised >= 3;
  }

  /** Whether words i and i + 1 are joined by one hyphen: "Obuz-Lesnovsky". */
  private hyphened(i: number): boolean {
    return i >= 0 && i + 1 < this.count && this.startOf(i + 1) - this.endOf(i) === 1 && this.text.charCodeAt(this.endOf(i)) === 0x2d;
  }

  /** Whether word i may be part of a site's name: capitalised, no word of a clause or title, no demonym, no body's noun, nothing known. */
  private siteNameWord(i: number, context: InstitutionContext): boolean {
    return (
      this.capitalised(i) &&
      !this.isIn(NOT_MODIFIER_WORDS, i) &&
      !this.isIn(INSTITUTION_HEAD_WORDS, i) &&
      !context.isDemonym(this.wordText(i)) &&
      context.knownAt(this.startOf(i), this.endOf(i)) === undefined
    );
  }

  /**
   * The name after a Russian settlement's noun (word h): one capitalised word, with the parts a
   * hyphen joins to it ("Кок-Таш", "Кара-Суу"); in quotes too when `quoted` (an air base's: «Кант»).
   */
  private russianSettlement(h: number, context: InstitutionContext, quoted = false): FoundName | undefined {
    const first = h + 1;
    if (!(this.spaced(h) || (quoted && this.openingQuoteAfter(h))) || first >= this.count || !this.siteNameWord(first, context)) return undefined;
    let last = first;
    while (this.hyphened(last)) last++;
    // A surname after the word is a person's name after a title that ends with the noun: "староста села Арутюн Мкртчян".
    if (!quoted && this.spaced(last) && this.surnameWord(last + 1, context)) return undefined;
    return { start: this.startOf(first), end: this.endOf(last), place: true };
  }

  /**
   * A square or a street, its noun (word h) and its capitalised name, which the knowledge base does
   * not know: the adjective before it ("Смоленской площади"), or one word after it and the parts a
   * hyphen joins to it ("площади Ала-Тоо"), in Italian after "della" or "del" ("Piazza della Repubblica").
   */
  private street(h: number, context: InstitutionContext): FoundName | undefined {
    // A Russian square or street named by its adjective before it: "на Смоленской площади".
    const before = this.areaAdjectiveStart(h - 1, context);
    if (before >= 0 && this.spaced(h - 1)) return { start: this.startOf(before), end: this.endOf(h), place: true };
    let first = h + 1;
    if (first + 1 < this.count && this.spaced(h) && ITALIAN_STREET_LINKS.has(this.wordText(first))) first++;
    if (first >= this.count || !this.spaced(first - 1)) return undefined;
    // A street named after a person the knowledge base knows is a place: "на проспекте Абая", "улица Назарбаева".
    const person = context.knownAt(this.startOf(first), this.endOf(first));
    if (person?.type === 'person' && person.start === this.startOf(first) && person.end === this.endOf(first) && isCyrillicWord(this.wordText(first))) {
      return { start: this.startOf(h), end: this.endOf(first), place: true };
    }
    if (!this.siteNameWord(first, context)) return undefined;
    // An adjective in an oblique case is another name's: "площадь Ферганской долины" is the valley's area;
    // unless it agrees with the noun in its own oblique case, a genitive noun not after it ("на улице Советской").
    if (RUSSIAN_OBLIQUE_ADJECTIVE.test(this.wordText(first)) && !this.agreeingStreetAdjective(h, first)) return undefined;
    let last = first;
    while (this.hyphened(last)) last++;
    // A second capitalised word of a name that does not decline ("на улице Жибек Жолы"); after a
    // declined one, as a genitive ends the name, the next word is the sentence's ("улице Ленина Иван …").
    if (last === first && last + 1 < this.count && this.spaced(last) && /[^аяыиеуюоьй]$/.test(this.wordText(first)) && this.siteNameWord(last + 1, context)) last++;
    return { start: this.startOf(h), end: this.endOf(last), place: true };
  }

  /**
   * Whether word a, a feminine adjective in -ой or -ей, agrees with the street's noun before it (word
   * h) in one of its oblique cases, with no genitive noun in small letters after it: "на улице Советской".
   */
  private agreeingStreetAdjective(h: number, a: number): boolean {
    if (!FEMININE_OBLIQUE_STREET_NOUNS.has(this.wordText(h).toLowerCase()) || !/(?:ой|ей)$/.test(this.wordText(a))) return false;
    return !(a + 1 < this.count && this.spaced(a) && /^\p{Ll}+[аыия]$/u.test(this.wordText(a + 1)));
  }

  /** Whether word i is a surname the knowledge base does not know, not a region's adjective ("Баткенской области"). */
  private surnameWord(i: number, context: InstitutionContext): boolean {
    const start = this.startOf(i);
    const end = this.endOf(i);
    return this.capitalised(i) && hasSurnameEndingAt(this.text, start, end) && !RUSSIAN_AREA_ADJECTIVE.test(this.wordText(i)) && context.knownAt(start, end) === undefined;
  }

  /** The name in quotes after a Russian residence's or palace's noun (word h), of capitalised words up to its closing quote. */
  private russianVenue(h: number, context: InstitutionContext): FoundName | undefined {
    if (!this.openingQuoteAfter(h) || !this.siteNameWord(h + 1, context)) return undefined;
    const last = this.lastWordInQuotes(h + 1, MAX_VENUE_WORDS, (i) => i + 1 < this.count && (this.spaced(i) || this.hyphened(i)) && this.capitalised(i + 1));
    return last === undefined ? undefined : { start: this.startOf(h + 1), end: this.endOf(last), place: true };
  }

  /**
   * The name in quotes after an organization's noun (word h), unless the knowledge base knows it as
   * something other than a place ("агентство «Кабар»" is the agency it knows): a capital first, then
   * up to MAX_QUOTED_NAME_WORDS words of any case or figures, a space, a hyphen, an elision or a dash apart.
   */
  private quotedName(h: number, context: InstitutionContext): FoundName | undefined {
    const first = h + 1;
    if (first >= this.count || !isUpper(this.text.charCodeAt(this.startOf(first)))) return undefined;
    const last = this.lastWordInQuotes(first, MAX_QUOTED_NAME_WORDS, (i) => this.spaced(i) || this.hyphened(i) || this.elided(i) || this.dashed(i));
    return last !== undefined && this.placesOnlyWithin(first, last, context) ? { start: this.startOf(first), end: this.endOf(last) } : undefined;
  }

  /**
   * The last word of a name in quotes that opens at word `first`: the word the closing quote
   * follows, within `maxWords` words, each joined to the next as `joined` allows.
   */
  private lastWordInQuotes(first: number, maxWords: number, joined: (i: number) => boolean): number | undefined {
    for (let last = first; last < this.count && last - first < maxWords; last++) {
      if (CLOSING_QUOTES.includes(this.text[this.endOf(last)] ?? '')) return last;
      if (!joined(last)) return undefined;
    }
    return undefined;
  }

  /**
   * The name of a news outlet right after its noun (word h), past Italian adjectives and demonyms:
   * a web address, or capitalised words the knowledge base does not know (in Latin letters after a
   * Russian noun).
   */
  private mediaNameAfter(h: number, context: InstitutionContext): FoundName | undefined {
    const head = this.wordText(h);
    if (head === 'site' && !(h >= 1 && this.spaced(h - 1) && (this.wordText(h - 1) === 'news' || this.wordText(h - 1) === 'web'))) return undefined;
    let first = h + 1;
    while (first < this.count && first - h <= 2 && this.spaced(first - 1) && (MEDIA_ADJECTIVES.has(this.wordText(first)) || context.isDemonym(this.wordText(first)))) first++;
    // A web address may open with figures, which are no word: "24.kg".
    const after = this.endOf(first - 1);
    if (!isWordSpace(this.text.charCodeAt(after))) return undefined;
    const web = WEB_NAME.exec(this.text.slice(after + 1, after + 41));
    if (web) return { start: after + 1, end: after + 1 + web[0].length };
    if (first >= this.count || !this.spaced(first - 1)) return undefined;
    const latinOnly = isCyrillicWord(head);
    let last = -1;
    for (let i = first; i < this.count && i - first < MAX_MEDIA_NAME_WORDS && (this.siteNameWord(i, context) || this.placeInsideName(i, context)) && !(latinOnly && isCyrillicWord(this.wordText(i))); i++) {
      last = i;
      if (!this.spaced(i)) break;
    }
    return last < 0 ? undefined : { start: this.startOf(first), end: this.endOf(last) };
  }

  /** Whether words i and i + 1 are apart by a dash with a space on each side: «Справедливая Россия — За правду». */
  private dashed(i: number): boolean {
    if (i < 0 || i + 1 >= this.count || this.startOf(i + 1) - this.endOf(i) !== 3) return false;
    const end = this.endOf(i);
    return isWordSpace(this.text.charCodeAt(end)) && '–—'.includes(this.text[end + 1]) && isWordSpace(this.text.charCodeAt(end + 2));
  }

  /** Whether what the knowledge base knows among words first to last lies within them and is places only. */
  private placesOnlyWithin(first: number, last: number, context: InstitutionContext): boolean {
    const start = this.startOf(first);
    const end = this.endOf(last);
    for (let i = first; i <= last; i++) {
      const known = context.knownAt(this.startOf(i), this.endOf(i));
      if (known && (known.type !== 'place' || known.start < start || known.end > end)) return false;
    }
    return true;
  }

  /** A Russian ministry's abbreviation alone (word h), unless the words around it make it several states' ministries. */
  private bareMinistry(h: number): FoundName | undefined {
    if (h > 0 && this.spaced(h - 1) && MANY_MINISTRIES_BEFORE.has(this.wordText(h - 1).toLowerCase())) return undefined;
    if (h + 1 < this.count && this.spaced(h) && MANY_MINISTRIES_AFTER.has(this.wordText(h + 1).toLowerCase())) return undefined;
    return { start: this.startOf(h), end: this.endOf(h) };
  }

  /** Whether a space and an opening quote, and nothing else, stand between word h and the next. */
  private openingQuoteAfter(h: number): boolean {
    const end = this.endOf(h);
    return h + 1 < this.count && this.startOf(h + 1) - end === 2 && this.text.charCodeAt(end) === 0x20 && '«“"„'.includes(this.text[end + 1]);
  }

  /**
   * The capitalised words right before an English noun of a newspaper, an agency or a party (word
   * h), "news" between them allowed before "agency", "website" and "portal": "the Ana Tili
   * newspaper", "the Civil Contract party". None when the words are the knowledge base's, a
   * demonym's ("the Kazakh news agency") or a title's.
   */
  private englishNameBeforeKind(h: number, context: InstitutionContext): FoundName | undefined {
    let last = h - 1;
    if (last >= 1 && this.wordText(last) === 'news' && NEWS_KINDS.has(this.wordText(h)) && this.spaced(last)) last--;
    if (last < 0 || !this.spaced(last)) return undefined;
    // A known place of one word may end the name after a word that is not known: "the United Russia party".
    const placeLast = last >= 1 && this.knownPlaceWord(last, context) && this.spaced(last - 1) && this.siteNameWord(last - 1, context);
    let first = -1;
    for (let i = placeLast ? last - 1 : last; i >= 0 && last - i < MAX_KIND_NAME_WORDS && this.siteNameWord(i, context); i--) {
      first = i;
      if (!(this.spaced(i - 1) || this.hyphened(i - 1))) break;
    }
    if (first < 0) return undefined;
    // After "a" the noun is one of many, the words before it no name ("a Christmas party"); after a
    // capitalised word the name cannot hold, the words are part of something longer ("a New Year party").
    if (first > 0 && this.spaced(first - 1)) {
      const before = this.wordText(first - 1);
      if (INDEFINITE_ARTICLES.has(before) || (this.capitalised(first - 1) && !DETERMINERS.has(before))) return undefined;
    }
    // One word may be capitalised only as it starts the sentence ("Opposition party leaders met"),
    // or be an adjective ("the Communist party").
    if (first === last && (!this.insideSentence(first) || ADJECTIVE_ENDING.test(this.wordText(first)))) return undefined;
    return { start: this.startOf(first), end: this.endOf(last) };
  }

  /** Whether word i is a known place of one word that the name goes on past, to a capitalised word not known: "Osservatorio Balcani Caucaso Transeuropa". */
  private placeInsideName(i: number, context: InstitutionContext): boolean {
    return this.knownPlaceWord(i, context) && this.spaced(i) && this.capitalised(i + 1) && !context.knownAt(this.startOf(i + 1), this.endOf(i + 1));
  }

  /** Whether word i is, whole, a place the knowledge base knows. */
  private knownPlaceWord(i: number, context: InstitutionContext): boolean {
    const known = context.knownAt(this.startOf(i), this.endOf(i));
    return known?.type === 'place' && known.start === this.startOf(i) && known.end === this.endOf(i);
  }

  /** The capitalised words before "training ground", "firing range", "air base" (word h the "ground"): "Obuz-Lesnovsky"; or right before "airbase". */
  private englishSite(h: number, context: InstitutionContext): FoundName | undefined {
    const head = this.wordText(h);
    // "airbase", "airport" and water works need no word of kind before them ("Manas international airport" may have one).
    const kindNeeded = head !== 'airbase' && head !== 'airport' && !WATER_WORKS_HEADS.includes(head);
    const kindWords = kindNeeded || (head === 'airport' && h >= 1 && this.spaced(h - 1) && this.wordText(h - 1) === 'international') ? 1 : 0;
    const kinds = head === 'centre' || head === 'center' ? VENUE_KINDS : PLANT_HEADS.includes(head) ? PLANT_KINDS : SITE_KINDS;
    if (h < 1 + kindWords || (kindNeeded && (!this.spaced(h - 1) || !this.isIn(kinds, h - 1))) || !this.spaced(h - 1 - kindWords)) return undefined;
    const last = h - 1 - kindWords;
    let first = -1;
    for (let i = last; i >= 0 && last - i < MAX_SITE_WORDS && this.siteNameWord(i, context); i--) {
      first = i;
      if (!(this.spaced(i - 1) || this.hyphened(i - 1))) break;
    }
    // A name of water works or of a plant is all of the capitalised words before it, or none ("a New Zealand power station").
    if (first > 0 && (WATER_WORKS_HEADS.includes(head) || PLANT_HEADS.includes(head)) && this.spaced(first - 1) && this.capitalised(first - 1) && !SENTENCE_ARTICLES.has(this.wordText(first - 1))) return undefined;
    return first < 0 ? undefined : { start: this.startOf(first), end: this.endOf(last), place: true };
  }

  /** The name with an edition's year next to the noun of an exercise or an operation (word h), unless the knowledge base knows it. */
  private exerciseEdition(h: number, context: InstitutionContext): FoundName | undefined {
    // The name right before the noun first: words after it may belong to the next exercise's name.
    const headStart = this.startOf(h);
    const from = Math.max(0, headStart - EDITION_REACH);
    // The expression, anchored at its end, is tried from every unit of the slice: only when a year or a closing quote ends it.
    const before = editionMayEndBefore(this.text, headStart) ? EDITION_BEFORE_HEAD.exec(this.text.slice(from, headStart)) : null;
    let span: FoundName | undefined;
    if (before) {
      const name = before[1] ?? before[2];
      const start = from + before.index + before[0].lastIndexOf(name);
      span = { start, end: start + name.length, event: true };
    } else {
      const headEnd = this.endOf(h);
      const expression = ITALIAN_EDITION_HEADS.has(this.wordText(h)) ? EDITION_AFTER_ITALIAN_HEAD : EDITION_AFTER_HEAD;
      const after = expression.exec(this.text.slice(headEnd, headEnd + EDITION_REACH));
      if (!after) return undefined;
      const name = after[1] ?? after[2];
      const start = headEnd + after[0].length - name.length - (after[1] === undefined ? 0 : 1);
      span = { start, end: start + name.length, event: true };
    }
    return context.knownAt(span.start, span.end) === undefined ? span : undefined;
  }

  /**
   * The name after "-based" (word h) and the words of its kind: capitalised words, known places among
   * them, the last one unknown ("the Vilnius-based Belarus Security Monitor"). Not a demonym first
   * ("the Moscow-based Russian diplomat"), nor a name the knowledge base knows whole.
   */
  private basedName(h: number, context: InstitutionContext): FoundName | undefined {
    if (h < 1 || !this.hyphened(h - 1) || !this.capitalised(h - 1) || !this.spaced(h)) return undefined;
    let first = h + 1;
    while (first < this.count && first - h <= 3 && this.isIn(BASED_KINDS, first) && this.spaced(first)) first++;
    if (first >= this.count || !this.spaced(first - 1) || !this.capitalised(first) || context.isDemonym(this.wordText(first))) return undefined;
    let last = -1;
    let unknownLast = false;
    for (let i = first; i < this.count && i - first < MAX_BASED_NAME_WORDS && this.capitalised(i); ) {
      // A head noun among the words is read with its own rule, past links in small letters: "the Tashkent-based Institute for Strategic … Studies".
      if (this.isIn(INSTITUTION_HEAD_WORDS, i)) return undefined;
      const known = context.knownAt(this.startOf(i), this.endOf(i));
      if (known !== undefined && (known.type !== 'place' || known.start < this.startOf(i))) break;
      // A known place's words, all of them ("Central Asia"), or one unknown word.
      let end = i;
      if (known !== undefined) while (end + 1 < this.count && this.endOf(end) < known.end) end++;
      last = end;
      unknownLast = known === undefined;
      if (end + 1 >= this.count || !(this.spaced(end) || this.hyphened(end))) break;
      i = end + 1;
    }
    return last < 0 || !unknownLast ? undefined : { start: this.startOf(first), end: this.endOf(last) };
  }

  /**
   * The capitalised words before an area's noun (word h), with the noun: "the Shahrituz district",
   * "Takhar province", "the Shamsiddin Shohin district". Not a word that says where or what kind it
   * is ("the Border region"), and not the end of a longer capitalised run, which is some other name's.
   */
  private englishArea(h: number, context: InstitutionContext): FoundName | undefined {
    if (h < 1 || !this.spaced(h - 1)) return undefined;
    let first = -1;
    for (let i = h - 1; i >= 0 && h - i <= MAX_SITE_WORDS && this.siteNameWord(i, context) && !this.isIn(AREA_KIND_WORDS, i); i--) {
      first = i;
      if (!(this.spaced(i - 1) || this.hyphened(i - 1))) break;
    }
    if (first < 0) return undefined;
    const before = first - 1;
    if (before >= 0 && (this.spaced(before) || this.hyphened(before)) && this.capitalised(before) && !this.isIn(NOT_MODIFIER_WORDS, before)) return undefined;
    return { start: this.startOf(first), end: this.endOf(h), place: true };
  }

  /** The capitalised words after "village of" (word h the "village"): "the village of Kok-Tash". */
  private englishVillage(h: number, context: InstitutionContext): FoundName | undefined {
    const first = h + 2;
    if (first >= this.count || !this.spaced(h) || this.wordText(h + 1) !== 'of' || !this.spaced(h + 1)) return undefined;
    let last = -1;
    for (let i = first; i < this.count && i - first < MAX_SITE_WORDS && this.siteNameWord(i, context); i++) {
      last = i;
      if (!(this.spaced(i) || this.hyphened(i))) break;
    }
    return last < 0 ? undefined : { start: this.startOf(first), end: this.endOf(last), place: true };
  }

  /** The capitalised words after the Italian "base aerea di" or "base navale di" (word h the "base"): "la base aerea di Kant". */
  private italianBase(h: number, context: InstitutionContext): FoundName | undefined {
    if (h + 1 >= this.count || !this.spaced(h) || !this.isIn(ITALIAN_BASE_KINDS, h + 1)) return undefined;
    return this.italianSite(h + 1, context);
  }

  /** The capitalised words after "poligono" (word h), past "di" or "militare di": "il poligono di Borisov". */
  private italianSite(h: number, context: InstitutionContext): FoundName | undefined {
    let first = h + 1;
    while (first < this.count && first - h <= 2 && this.spaced(first - 1) && this.isIn(ITALIAN_SITE_LINKS, first)) first++;
    if (first >= this.count || !this.spaced(first - 1)) return undefined;
    let last = -1;
    for (let i = first; i < this.count && i - first < MAX_SITE_WORDS && this.siteNameWord(i, context); i++) {
      last = i;
      if (!(this.spaced(i) || this.hyphened(i))) break;
    }
    return last < 0 ? undefined : { start: this.startOf(first), end: this.endOf(last), place: true };
  }

  /** A place, then the word that makes it a title: "Turkmenistan Today". */
  private mediaTitle(h: number, context: InstitutionContext): { start: number; end: number } | undefined {
    if (h === 0 || !this.spaced(h - 1) || !this.capitalised(h - 1)) return undefined;
    const place = context.knownAt(this.startOf(h - 1), this.endOf(h - 1));
    if (place?.type !== 'place' || place.end !== this.endOf(h - 1)) return undefined;
    // The next word must not carry the sentence on as a name would ("Moscow Times Square").
    if (this.spaced(h) && this.capitalised(h + 1)) return undefined;
    return { start: place.start, end: this.endOf(h) };
  }

  /** The head, then capitalised words and links to them, and a demonym in small letters at the end. */
  private italian(h: number, context: InstitutionContext): { start: number; end: number } | undefined {
    const small = ITALIAN_SMALL_HEADS.has(this.wordText(h));
    // The capitalised words after "presidente del Consiglio" are the prime minister's name, not the body's.
    const office = this.primeMinisterOffice(h);
    let last = h;
    let named = false;
    let linked = false;
    // After "Centro studi" and its name, "di" and a capitalised word is where the centre is ("Centro studi Eurasia di Padova").
    let studies = false;
    for (let i = h + 1; i < this.count && i - h <= MAX_TAIL_WORDS; ) {
      const joined = this.spaced(i - 1) || this.elided(i - 1);
      if (!joined) break;
      // An adjective in small letters right after a capitalised head: "Università statale di Erevan".
      if (i === h + 1 && !small && !office && this.spaced(h) && this.isIn(ITALIAN_BODY_ADJECTIVES, i)) {
        // A second one after it: "Commissione elettorale centrale".
        last = i + 1 < this.count && this.spaced(i) && this.isIn(ITALIAN_BODY_ADJECTIVES, i + 1) ? i + 1 : i;
        named = true;
        // … and "di" with a noun in small letters that ends the name: "Forze collettive di pace".
        if (i + 2 < this.count && this.spaced(i) && this.wordText(i + 1) === 'di' && this.smallNounEndsName(i + 2)) last = i + 2;
        i = last + 1;
        continue;
      }
      // … or after "sul": "Centro studi sul Caucaso".
      if (i === h + 1 && this.spaced(h) && this.wordText(h) === 'Centro' && this.isIn(STUDY_WORDS, i) && i + 1 < this.count && this.spaced(i) && ABOUT_LINKS.has(this.wordText(i + 1).toLowerCase()) && this.aboutPlaceAfter(h, i + 1)) {
        last = this.aboutPlaceEnd(i + 2, context);
        named = true;
        break;
      }
      // "Centro studi" and "Centro ricerche" name a centre by what follows, a known place too: "Centro studi Eurasia".
      if (i === h + 1 && this.spaced(h) && this.wordText(h) === 'Centro' && this.isIn(STUDY_WORDS, i) && i + 1 < this.count && this.spaced(i) && this.capitalised(i + 1)) {
        last = i + 1;
        named = true;
        studies = true;
        i += 2;
        continue;
      }
      // The words in small letters Italian writes after "Affari" in a ministry's name: "ministero degli Affari esteri".
      if (named && last === i - 1 && this.isIn(ITALIAN_AFFAIRS, i - 1) && this.isIn(ITALIAN_AFFAIRS_KINDS, i)) {
        last = i;
        i++;
        continue;
      }
      // An acronym right after a capitalised head is its name too: "Agenzia ICE".
      const acronym = i === h + 1 && !small && !office && this.spaced(h) && this.endOf(i) - this.startOf(i) >= 2 && this.inCapitals(i);
      if ((this.capitalised(i) || acronym) && (!context.knownAt(this.startOf(i), this.endOf(i)) || (named && this.placeInsideName(i, context)))) {
        // Right after the head only when the head is capitalised: "Partito Comunista".
        if ((small || office) && !named && last === h) break;
        last = i;
        named = true;
        i++;
        continue;
      }
      // A link, then a capitalised word: "della Difesa", "dell’Interno".
      const link = this.wordText(i).toLowerCase();
      // What a body studies, after "sul", a place the knowledge base may know, ends its name:
      // "Osservatorio sul Caspio", "Osservatorio sull’Europa orientale", "Centro studi sul Caucaso".
      if (ABOUT_LINKS.has(link) && i === h + 1 && this.aboutPlaceAfter(h, i)) {
        last = this.aboutPlaceEnd(i + 1, context);
        named = true;
        break;
      }
      if (!ITALIAN_LINKS.has(link) || studies) break;
      // "per", an article and a name in small letters after a name: "Comitato di Stato per la sicurezza nazionale".
      if (link === 'per' && named && last === i - 1) {
        const tail = this.tailAfterPer(i, context);
        if (tail > i) last = tail;
        break;
      }
      // "e" right after a party's name and its adjectives starts the next party of a list ("Partito
      // Democratico e Fratelli d’Italia"); other bodies' names go on through it ("Commissione Affari
      // Esteri e Difesa", "Ministero dell’Economia e delle Finanze").
      if (link === 'e' && !linked && this.wordText(h) === 'Partito') break;
      linked = true;
      let j = i + 1;
      if (link === 'per' && j < this.count && this.spaced(j - 1) && this.wordText(j) === 'la') j++;
      // "e" and an article: "Ministero dell’Economia e delle Finanze".
      if (link === 'e' && j < this.count && this.spaced(j - 1) && ARTICLE_LINKS.has(this.wordText(j))) j++;
      if (j >= this.count || !(this.spaced(j - 1) || this.elided(j - 1)) || !this.capitalised(j)) break;
      if (link === 'e' && this.isTitleNoun(j)) break;
      // The city a university is named after is part of its name: "Università di Bologna", "Politecnico di Torino".
      if (i === h + 1 && link === 'di' && CITY_NAMED_SCHOOLS.has(this.wordText(h)) && this.knownPlaceWord(j, context)) {
        last = j;
        named = true;
        break;
      }
      if (context.knownAt(this.startOf(j), this.endOf(j))) break;
      last = this.withAgreeingAdjective(j);
      named = true;
      i = last + 1;
    }
    if (!named && !small) last = this.smallTail(h, context);
    if (!named && last === h && (small || !ITALIAN_ALONE.has(this.wordText(h)))) return undefined;
    if (last + 1 < this.count && this.spaced(last) && context.isDemonym(this.wordText(last + 1))) last++;
    return { start: this.startOf(h), end: this.endOf(last) };
  }

  /** The last word of the place after "sul" at word j: a known place's whole name ("Mar Nero"), else the word and its agreeing adjective ("Europa orientale"). */
  private aboutPlaceEnd(j: number, context: InstitutionContext): number {
    const known = context.knownAt(this.startOf(j), this.endOf(j));
    if (known === undefined || known.start !== this.startOf(j) || known.end <= this.endOf(j)) {
      // An adjective of a point of the compass agrees with either gender: "Europa orientale".
      const compass = j + 1 < this.count && this.spaced(j) && COMPASS_ADJECTIVE.test(this.wordText(j + 1));
      return compass ? j + 1 : this.withAgreeingAdjective(j);
    }
    let last = j;
    while (last + 1 < this.count && this.endOf(last) < known.end) last++;
    return this.endOf(last) === known.end ? last : j;
  }

  /** Whether head h names a body by what it studies and a capitalised word follows the link at word i, past a space or an elision ("sull’Europa"). */
  private aboutPlaceAfter(h: number, i: number): boolean {
    const j = i + 1;
    return ABOUT_HEADS.has(this.wordText(h)) && j < this.count && (this.spaced(i) || this.elided(i)) && this.capitalised(j);
  }

  /**
   * Word j, a capitalised word after a link in a body's name, or the adjective in small letters
   * after it that agrees with it, of an adjective's ending: Italian capitalises only the first word
   * of what a ministry is for ("dello Sviluppo economico", "della Protezione civile", "delle
   * Risorse idriche").
   */
  private withAgreeingAdjective(j: number): number {
    const next = j + 1;
    if (next >= this.count || !this.spaced(j)) return j;
    const word = this.wordText(next);
    if (word.length < 6 || !isLower(word.charCodeAt(0)) || !ITALIAN_ADJECTIVE_ENDING.test(word) || this.isIn(ITALIAN_VERBS_LIKE_ADJECTIVES, next)) return j;
    return word[word.length - 1] === this.wordText(j).slice(-1) ? next : j;
  }

  /** Whether word h is the "Consiglio" of "presidente del Consiglio" or "vicepresidente del Consiglio", the prime minister's and deputy's titles. */
  private primeMinisterOffice(h: number): boolean {
    if (h < 2 || this.wordText(h) !== 'Consiglio' || !this.spaced(h - 2) || !this.spaced(h - 1) || this.wordText(h - 1) !== 'del') return false;
    const title = this.wordText(h - 2).toLowerCase();
    return title === 'presidente' || title === 'vicepresidente';
  }

  /** Whether word i is a noun of a person's title, in either case ("Ministro", "ministro"). */
  private isTitleNoun(i: number): boolean {
    return ITALIAN_TITLE_NOUNS.has(this.wordText(i).toLowerCase());
  }

  /**
   * Where a name ends that Italian writes with only its head capitalised, a link and one word in
   * small letters after it ("Consiglio di sicurezza", "Comitato per la ricostruzione"), or `h` when
   * there is none: the head must stand inside a sentence, where its capital says it is a name, and
   * no capitalised word may follow (then the words are a generic description before a name:
   * "Agenzia di stampa Tass").
   */
  private smallTail(h: number, context: InstitutionContext): number {
    if (!this.insideSentence(h)) return h;
    let i = h + 1;
    if (i >= this.count || !this.spaced(i - 1) || !ITALIAN_LINKS.has(this.wordText(i))) return h;
    if (this.wordText(i) === 'per' && i + 1 < this.count && (this.spaced(i) || this.elided(i)) && ARTICLES_AFTER_PER.has(this.wordText(i + 1))) i++;
    const j = i + 1;
    if (j >= this.count || !(this.spaced(j - 1) || this.elided(j - 1)) || !this.startsSmallName(j)) return h;
    if (j + 1 < this.count && this.spaced(j) && this.capitalised(j + 1)) return h;
    return this.smallTailEnd(j, context);
  }

  /** After "per" (word i), its article and a name in small letters, where that name ends (`smallTailEnd`); i when none follows. */
  private tailAfterPer(i: number, context: InstitutionContext): number {
    const article = i + 1;
    if (article + 1 >= this.count || !this.spaced(i) || !ARTICLES_AFTER_PER.has(this.wordText(article)) || !(this.spaced(article) || this.elided(article))) return i;
    return this.startsSmallName(article + 1) ? this.smallTailEnd(article + 1, context) : i;
  }

  /** Whether word j, in small letters and of five letters or more, may open a name written so: no link, time, phrase of the sentence or title's noun. */
  private startsSmallName(j: number): boolean {
    if (this.endOf(j) - this.startOf(j) < 5 || !isLower(this.text.charCodeAt(this.startOf(j)))) return false;
    return !(ITALIAN_LINKS.has(this.wordText(j)) || this.isIn(ITALIAN_TIME_WORDS, j) || this.isIn(NOT_TAIL_WORDS, j) || this.isTitleNoun(j));
  }

  /**
   * Where a name in small letters ending at word j goes on: an adjective of bodies ("Comitato per
   * la sicurezza nazionale"), or a link and a capitalised word nothing else took ("Comitato per la
   * sicurezza dello Stato"); a known place after the link stays a mention of its own.
   */
  private smallTailEnd(j: number, context: InstitutionContext): number {
    const next = j + 1;
    if (next >= this.count || !this.spaced(j)) return j;
    if (this.isIn(ITALIAN_BODY_ADJECTIVES, next)) return this.withCoordinateAdjective(next);
    const word = next + 1;
    // "di" and one more noun in small letters that ends the name: "Comitato per le situazioni di emergenza".
    if (this.wordText(next) === 'di' && this.smallNounEndsName(word)) return word;
    if (word >= this.count || !ARTICLE_LINKS.has(this.wordText(next)) || !(this.spaced(next) || this.elided(next)) || !this.capitalised(word)) return j;
    return context.knownAt(this.startOf(word), this.endOf(word)) ? j : word;
  }

  /**
   * Word a, an adjective that ends a name in small letters, or the adjective "e" joins to it, of an
   * adjective's ending and the same last letter: "Istituto per gli studi strategici e interregionali".
   */
  private withCoordinateAdjective(a: number): number {
    const other = a + 2;
    if (other >= this.count || !this.spaced(a) || this.wordText(a + 1) !== 'e' || !this.spaced(a + 1)) return a;
    const word = this.wordText(other);
    if (word.length < 5 || !isLower(word.charCodeAt(0)) || !ITALIAN_ADJECTIVE_ENDING.test(word) || word[word.length - 1] !== this.wordText(a).slice(-1)) return a;
    return other;
  }

  /**
   * Whether word i is a noun in small letters of four letters or more that may end a name: nothing in
   * small letters after it but a link to an owner ("di pace dell'OTSC").
   */
  private smallNounEndsName(i: number): boolean {
    if (i >= this.count || !this.spaced(i - 1) || this.endOf(i) - this.startOf(i) < 4 || !isLower(this.text.charCodeAt(this.startOf(i)))) return false;
    if (ITALIAN_LINKS.has(this.wordText(i)) || this.isIn(ITALIAN_TIME_WORDS, i) || this.isIn(NOT_TAIL_WORDS, i)) return false;
    const next = i + 1;
    return !(next < this.count && (this.spaced(i) || this.elided(i)) && isLower(this.text.charCodeAt(this.startOf(next))) && !ARTICLE_LINKS.has(this.wordText(next)));
  }

  /** Whether word i follows a word of its sentence: a letter, digit, comma or apostrophe before it, past spaces. */
  private insideSentence(i: number): boolean {
    const k = wordSpacesStart(this.text, this.startOf(i));
    if (k === 0) return false;
    const code = this.text.charCodeAt(k - 1);
    return code === 0x2c || code === 0x27 || code === 0x2019 || isLower(code) || isUpper(code) || (code >= 0x30 && code <= 0x39);
  }

  /**
   * A region or district named by its adjective before word h, its noun ("Ляховичском районе"),
   * and after a plural noun the adjectives listed before, each a place of its own ("Лоевском и
   * Хойникском районах"). A name in two parts keeps both ("Ак-Суйском районе").
   */
  private russianArea(h: number, context: InstitutionContext): FoundName | undefined {
    const first = this.areaAdjectiveStart(h - 1, context);
    if (first < 0 || !this.spaced(h - 1)) return undefined;
    if (RUSSIAN_AREA_PLURALS.has(this.wordText(h))) this.listBefore(first, context);
    return { start: this.startOf(first), end: this.endOf(h), place: true };
  }

  /**
   * The adjectives the knowledge base does not know listed before a region it knows that ends
   * with the plural head, word `head` of the text ("в Баткенском и Лейлекском районах"), into `listed`.
   */
  private listBeforeKnown(head: number, known: Mention, context: InstitutionContext): void {
    const h = this.readAround(head);
    if (h < 1 || this.startOf(h - 1) !== known.start || !this.spaced(h - 1)) return;
    this.listBefore(h - 1, context);
  }

  /**
   * The settlement `name` after the noun at word h; after a plural noun, the names listed after it
   * too, joined by commas or "and", "и", "e", into `listed`: "the villages of Kirants and Voskepar".
   */
  private listedAfter(h: number, name: FoundName | undefined, context: InstitutionContext): FoundName | undefined {
    if (!name || !SETTLEMENT_PLURALS.has(this.wordText(h))) return name;
    let last = h;
    while (last < this.count && this.endOf(last) < name.end) last++;
    for (let listed = 0; listed < MAX_LISTED_NAMES; listed++) {
      let next: number;
      if (this.spaced(last) && LIST_LINKS.has(this.wordText(last + 1)) && this.spaced(last + 1)) next = last + 2;
      else if (this.text.charCodeAt(this.endOf(last)) === 0x2c && this.startOf(last + 1) - this.endOf(last) === 2) next = last + 1;
      else break;
      if (next >= this.count || !this.siteNameWord(next, context)) break;
      last = next;
      while (this.hyphened(last)) last++;
      this.listed.push({ start: this.startOf(next), end: this.endOf(last), place: true });
    }
    return name;
  }

  /** The adjectives listed before word `first`, joined by "и" or commas, into `listed`. */
  private listBefore(first: number, context: InstitutionContext): void {
    let next = first;
    while (next >= 2) {
      const link = this.wordText(next - 1);
      const comma = this.text.charCodeAt(this.endOf(next - 1)) === 0x2c;
      let last: number;
      if (link === 'и' && this.spaced(next - 1) && this.spaced(next - 2)) last = next - 2;
      else if (comma && this.startOf(next) - this.endOf(next - 1) === 2) last = next - 1;
      else break;
      const start = this.areaAdjectiveStart(last, context);
      if (start < 0) break;
      this.listed.unshift({ start: this.startOf(start), end: this.endOf(last), place: true });
      next = start;
    }
  }

  /** Where the capitalised adjective of a place that ends at word i starts, or -1 when there is none. */
  private areaAdjectiveStart(i: number, context: InstitutionContext): number {
    if (i < 0 || !this.capitalised(i) || !RUSSIAN_AREA_ADJECTIVE.test(this.wordText(i))) return -1;
    if (context.knownAt(this.startOf(i), this.endOf(i))) return -1;
    let first = i;
    while (this.hyphenated(first - 1) && this.capitalised(first - 1) && !context.knownAt(this.startOf(first - 1), this.endOf(first - 1))) first--;
    return first;
  }

  /**
   * A capitalised adjective inside a sentence, up to two in small letters, the head in small
   * letters, word h, and the genitives after it: "Следственный комитет", "Бишкекском городском
   * суде", "Национальное агентство по делам государственной службы". The country after it
   * ("Республики Беларусь") is a mention of its own.
   */
  private russianAdjectiveFirst(h: number, context: InstitutionContext): FoundName | undefined {
    let first = h - 1;
    while (first >= 0 && h - first <= MAX_SMALL_ADJECTIVES && this.spaced(first) && isLower(this.text.charCodeAt(this.startOf(first))) && RUSSIAN_ADJECTIVE.test(this.wordText(first))) first--;
    if (first < 0 || !this.spaced(first) || !this.capitalised(first) || !RUSSIAN_ADJECTIVE.test(this.wordText(first))) return undefined;
    // A compound adjective's capitalised parts before it: "Санкт-Петербургского государственного университета".
    let nameStart = first;
    while (nameStart >= 1 && first - nameStart < 2 && this.hyphened(nameStart - 1) && this.capitalised(nameStart - 1)) nameStart--;
    // A place the knowledge base knows by that adjective is part of the name: "Минском горисполкоме", "Борисовского райисполкома".
    const known = context.knownAt(this.startOf(nameStart), this.endOf(first));
    const placeAdjective = known !== undefined && known.type === 'place' && known.start === this.startOf(nameStart) && known.end === this.endOf(first);
    if (known !== undefined && !placeAdjective) return undefined;
    const last = this.complementsEnd(h);
    // A sentence's first capital says nothing ("Местная полиция заявила", "Правительственную
    // комиссию Казахстана возглавил …", an ad hoc one): there, the adjective of a known place
    // ("Бишкекский городской суд"), or an adjective of a state's standing bodies with a known
    // place after the name ("Верховный суд Киргизии", "Генеральная прокуратура Узбекистана"), says it is a body's.
    const standing = STANDING_BODY_ADJECTIVE.test(this.wordText(nameStart)) && this.knownPlaceAfter(last, context);
    if (!this.insideSentence(nameStart) && !placeAdjective && !standing) return undefined;
    return { start: this.startOf(nameStart), end: this.endOf(last) };
  }

  /** Whether the word after word i, in the same phrase, is a place the knowledge base knows. */
  private knownPlaceAfter(i: number, context: InstitutionContext): boolean {
    if (i + 1 >= this.count || !this.spaced(i) || !this.capitalised(i + 1)) return false;
    const known = context.knownAt(this.startOf(i + 1), this.endOf(i + 1));
    return known !== undefined && known.type === 'place' && known.start === this.startOf(i + 1);
  }

  /** The capitalised head, then genitives and adjectives in small letters: "Совет безопасности"; a ministry's short name alone ("Минздрав"). */
  private russian(h: number): { start: number; end: number } | undefined {
    const armedForces = this.armedForcesAfterGeneralStaff(h);
    if (armedForces >= 0) return { start: this.startOf(h), end: this.endOf(armedForces) };
    const last = this.complementsEnd(h);
    return last === h && !RUSSIAN_SHORT_MINISTRIES.has(this.wordText(h)) ? undefined : { start: this.startOf(h), end: this.endOf(last) };
  }

  /** After "Генштаб" in any case (word h), the last word of the armed forces it is of ("Генштаба ВС", "Генштаба Вооруженных сил"), else -1. */
  private armedForcesAfterGeneralStaff(h: number): number {
    if (!this.wordText(h).startsWith('Генштаб') || h + 1 >= this.count || !this.spaced(h)) return -1;
    const next = this.wordText(h + 1);
    if (next === 'ВС') return h + 1;
    return (next === 'Вооруженных' || next === 'Вооружённых') && h + 2 < this.count && this.spaced(h + 1) && this.wordText(h + 2) === 'сил' ? h + 2 : -1;
  }

  /**
   * After "по", the last word of what a body does, from word p: a noun of action in the dative
   * ("противодействию", "борьбе", "контролю"), then the words in small letters that complete it
   * (datives that agree with it, genitives, "с" or "за" and what they govern: "незаконному обороту
   * наркотиков", "с экономическими преступлениями", "за оборотом оружия"); -1 when no such noun
   * follows "по" (then "по чрезвычайным ситуациям" is read as complements are).
   */
  private purposeEnd(p: number): number {
    if (p >= this.count || !RUSSIAN_ACTION_DATIVE.test(this.wordText(p)) || !isLower(this.text.charCodeAt(this.startOf(p)))) return -1;
    let last = p;
    for (let i = p + 1; i < this.count && i - p <= MAX_PURPOSE_WORDS && this.spaced(i - 1); i++) {
      const word = this.wordText(i);
      if (!isLower(word.charCodeAt(0))) break;
      // "с" or "за" before the words it governs, "и" between two: read on only when one follows.
      if (PURPOSE_LINKS.has(word)) continue;
      if (RUSSIAN_BARE_GENITIVES.has(word)) {
        last = i;
        continue;
      }
      if (word.length < 3 || !RUSSIAN_PURPOSE_WORD.test(word) || RUSSIAN_VERB.test(word) || /(?:ся|сь)$/.test(word) || RUSSIAN_OWNERS.has(word) || NOT_PURPOSE_WORDS.has(word)) break;
      last = i;
    }
    // It ends with a noun, as a name does: "по борьбе с международным" is "по борьбе".
    while (last > p && (RUSSIAN_ADJECTIVE_AT_END.test(this.wordText(last)) || /(?:ому|ему|ыми|ими)$/.test(this.wordText(last)) || PURPOSE_LINKS.has(this.wordText(last)))) last--;
    return last;
  }

  /** The last of the genitives and adjectives in small letters after a Russian head, word h, or h when none follows. */
  private complementsEnd(h: number): number {
    let last = h;
    for (let i = h + 1; i < this.count && i - h <= 5 && this.spaced(i - 1); i++) {
      const word = this.wordText(i);
      // "по" and what the body does, in the dative: "Координационный совет … по противодействию
      // незаконному обороту наркотиков", "Служба по борьбе с экономическими преступлениями".
      if (last === i - 1 && word === 'по') {
        const purpose = this.purposeEnd(i + 1);
        if (purpose >= 0) {
          last = purpose;
          break;
        }
      }
      // "по" right after the head ("Министерство по чрезвычайным ситуациям"), "и" between complements.
      if (last === i - 1 && (word === 'по' || (word === 'и' && last > h))) continue;
      // "при" and the capitalised body a body answers to: "Центр стратегических исследований при Президенте", "Агентство … при Правительстве".
      if (word === 'при' && i + 1 < this.count && this.spaced(i) && this.capitalised(i + 1) && /[еи]$/.test(this.wordText(i + 1))) {
        last = i + 1;
        break;
      }
      // A compound of two is read by its last part: "военно-политических".
      const part = isLower(word.charCodeAt(0)) && this.hyphened(i) ? i + 1 : i;
      const read = part === i ? word : this.wordText(part);
      if (!isLower(word.charCodeAt(0)) || !RUSSIAN_COMPLEMENT.test(read) || (RUSSIAN_VERB.test(read) && read !== 'дел') || RUSSIAN_OWNERS.has(read)) break;
      last = part;
      i = part;
    }
    // A name ends with a noun: an adjective left at the end is the next phrase's ("… безопасности нового заместителя").
    while (last > h && RUSSIAN_ADJECTIVE_AT_END.test(this.wordText(last))) {
      last--;
      if (this.hyphened(last)) last--;
    }
    return last;
  }
}

// Builds src/engine/lexicon/countries.json from the ICU Arabic region names (Node's full ICU) plus a
// hand-written table of the short name news sites use, spelling variants, nationality adjectives and
// capitals. ICU names are formal or carry qualifiers («الكونغو - كينشاسا»), so the table wins.
// Run: npx tsx scripts/build-countries.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CountryEntry {
  name: string;
  aliases: string[];
  demonym: string[];
  capital?: string;
  ambiguous?: true;
}

// Assigned ISO 3166-1 alpha-2 codes plus Kosovo (XK). Antarctica goes to places.json as a continent.
const CODES = `AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG
PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY
SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA
ZM ZW`
  .split(/\s+/)
  .filter(Boolean);

// code: 'name | alias/alias | demonym/demonym | capital'. An empty name keeps the cleaned ICU name.
// Aliases are only spellings that still differ after the engine folds أإآ→ا، ى→ي، ة→ه. Demonyms are
// single words: the engine derives ال/ة/ون/ين forms and uses them to stop a name from running on.
const TABLE: Record<string, string> = {
  AD: ' | | أندوري | أندورا لا فيلا',
  AE: 'الإمارات | الإمارات العربية المتحدة/دولة الإمارات | إماراتي | أبوظبي',
  AF: ' | | أفغاني/الأفغان | كابل',
  AG: ' | | | سانت جونز',
  AL: ' | | ألباني/الألبان | تيرانا',
  AM: ' | | أرميني/الأرمن | يريفان',
  AO: ' | أنجولا | أنغولي | لواندا',
  AR: ' | | أرجنتيني | بوينس آيرس',
  AT: ' | | نمساوي | فيينا',
  AU: ' | | أسترالي | كانبرا',
  AZ: ' | | أذربيجاني/أذري | باكو',
  BA: ' | البوسنة | بوسني | سراييفو',
  BB: ' | | | بريدجتاون',
  BD: ' | بنجلاديش/بنغلادش | بنغلاديشي | دكا',
  BE: ' | | بلجيكي | بروكسل',
  BF: ' | بوركينافاسو | بوركيني | واغادوغو',
  BG: ' | | بلغاري | ',
  BH: ' | مملكة البحرين | بحريني | المنامة',
  BI: ' | | بوروندي | غيتيغا',
  BJ: ' | | بنيني | بورتو نوفو',
  BN: ' | بروناي دار السلام | | بندر سري بكاوان',
  BO: ' | | بوليفي | لاباز',
  BR: ' | | برازيلي | برازيليا',
  BS: 'جزر البهاما | البهاما | | ناساو',
  BT: ' | | | تيمفو',
  BW: ' | | | غابورون',
  BY: 'بيلاروسيا | بيلاروس/روسيا البيضاء | بيلاروسي | مينسك',
  BZ: ' | | | بلموبان',
  CA: ' | | كندي | أوتاوا',
  CD: 'الكونغو الديمقراطية | جمهورية الكونغو الديمقراطية/الكونغو كينشاسا/الكونجو الديمقراطية | كونغولي | كينشاسا',
  CF: 'أفريقيا الوسطى | جمهورية أفريقيا الوسطى | | بانغي',
  CG: 'الكونغو | جمهورية الكونغو/الكونغو برازافيل/الكونجو | | برازافيل',
  CH: ' | | سويسري | برن',
  CI: ' | كوت ديفوار | إيفواري | ياموسوكرو',
  CL: ' | | تشيلي | سانتياغو',
  CM: ' | | كاميروني | ياوندي',
  CN: ' | جمهورية الصين الشعبية/الصين الشعبية | صيني | بكين',
  CO: ' | | كولومبي | بوغوتا',
  CR: ' | | كوستاريكي | سان خوسيه',
  CU: ' | | كوبي | هافانا',
  CV: ' | كابو فيردي | | برايا',
  CY: ' | | قبرصي | نيقوسيا',
  CZ: ' | جمهورية التشيك/تشيكيا | تشيكي | براغ',
  DE: ' | | ألماني/الألمان | برلين',
  DJ: ' | | | جيبوتي',
  DK: 'الدنمارك | الدانمرك/الدنمرك/الدانمارك | دنماركي/دانماركي | كوبنهاغن',
  DM: ' | | | روزو',
  DO: 'الدومينيكان | جمهورية الدومينيكان | دومينيكاني | سانتو دومينغو',
  DZ: ' | | جزائري | الجزائر',
  EC: ' | | إكوادوري | كيتو',
  EE: ' | | إستوني | تالين',
  EG: ' | جمهورية مصر العربية/أرض الكنانة | مصري/المصريون | القاهرة',
  EH: ' | | | العيون',
  ER: ' | | إريتري | أسمرة',
  ES: ' | | إسباني/الإسبان | مدريد',
  ET: ' | الحبشة | إثيوبي/الأحباش | أديس أبابا',
  FI: ' | فنلنده | فنلندي | هلسنكي',
  FJ: ' | | | سوفا',
  FM: ' | | | باليكير',
  FR: ' | | فرنسي | باريس',
  GA: ' | | غابوني | ليبرفيل',
  GB: 'بريطانيا | المملكة المتحدة/بريطانيا العظمى | بريطاني/إنجليزي/إنكليزي/الإنجليز/الإنكليز | لندن',
  GD: ' | | | سانت جورجز',
  GE: ' | جيورجيا | جورجي | تبليسي',
  GH: ' | | غاني | أكرا',
  GM: ' | | غامبي | بانجول',
  GN: ' | غينيا كوناكري | غيني | كوناكري',
  GQ: ' | | | مالابو',
  GR: ' | | يوناني | أثينا',
  GT: ' | | غواتيمالي | غواتيمالا',
  GW: ' | | | بيساو',
  GY: ' | | | جورجتاون',
  HK: 'هونغ كونغ | هونج كونج | | ',
  HN: ' | | هندوراسي | تيغوسيغالبا',
  HR: ' | | كرواتي/الكروات | زغرب',
  HT: ' | | هايتي | بورت أو برنس',
  HU: 'المجر | هنغاريا | مجري/هنغاري | بودابست',
  ID: ' | | إندونيسي | جاكرتا',
  IE: ' | جمهورية أيرلندا | أيرلندي | دبلن',
  // Arab news use «تل أبيب» for the Israeli government much as «موسكو» for Russia's.
  IL: ' | دولة إسرائيل/الدولة العبرية/دولة الاحتلال/الكيان الصهيوني/الكيان الإسرائيلي | إسرائيلي | تل أبيب',
  IN: ' | | هندي/الهنود | نيودلهي',
  IQ: ' | جمهورية العراق/بلاد الرافدين | عراقي | بغداد',
  IR: ' | الجمهورية الإسلامية الإيرانية/الجمهورية الإسلامية/بلاد فارس | إيراني | طهران',
  IS: ' | | آيسلندي | ريكيافيك',
  IT: ' | | إيطالي | روما',
  JM: ' | | جامايكي | كينغستون',
  JO: ' | المملكة الأردنية الهاشمية/المملكة الهاشمية | أردني | عمان',
  JP: ' | | ياباني | طوكيو',
  KE: ' | | كيني | نيروبي',
  KG: 'قيرغيزستان | قرغيزستان/قيرغيزيا | قيرغيزي/القرغيز | بشكيك',
  KH: ' | | كمبودي | بنوم بنه',
  KI: ' | | | تاراوا',
  KM: ' | | | موروني',
  KN: ' | | | باستير',
  KP: ' | كوريا الديمقراطية/جمهورية كوريا الديمقراطية الشعبية | | بيونغ يانغ',
  KR: ' | جمهورية كوريا | كوري | سول',
  KW: ' | دولة الكويت | كويتي | الكويت',
  KZ: ' | | كازاخستاني/كازاخي/الكازاخ | أستانا',
  LA: ' | | لاوسي | فيينتيان',
  LB: ' | الجمهورية اللبنانية | لبناني | بيروت',
  LC: ' | | | كاستريس',
  LI: ' | | | فادوتس',
  LK: ' | | سريلانكي | كولومبو',
  LR: ' | | ليبيري | مونروفيا',
  LS: ' | | | ماسيرو',
  LT: ' | | ليتواني | فيلنيوس',
  LU: ' | لوكسمبورج | لوكسمبورغي | لوكسمبورغ',
  LV: ' | | لاتفي | ريغا',
  LY: ' | | ليبي | طرابلس',
  MA: ' | المملكة المغربية | مغربي/المغاربة | الرباط',
  MC: ' | | | موناكو',
  MD: ' | مولدافيا | مولدوفي | كيشيناو',
  ME: ' | مونتينيغرو | | بودغوريتسا',
  MG: ' | | مدغشقري | أنتاناناريفو',
  MH: ' | | | ماجورو',
  MK: ' | مقدونيا | مقدوني | سكوبيه',
  ML: ' | | | باماكو',
  MM: 'ميانمار | بورما | ميانماري/بورمي | نايبيداو',
  MN: ' | | منغولي | أولان باتور',
  MO: 'ماكاو | | | ',
  MQ: 'المارتينيك | مارتينيك | | ',
  MR: ' | موريطانيا | موريتاني | نواكشوط',
  MT: ' | | مالطي | فاليتا',
  MU: ' | | | بورت لويس',
  MV: ' | المالديف | مالديفي | ',
  MW: ' | مالاوي | | ليلونغوي',
  MX: ' | | مكسيكي | مكسيكو سيتي',
  MY: ' | | ماليزي | كوالالمبور',
  MZ: ' | | موزمبيقي | مابوتو',
  NA: ' | | ناميبي | ويندهوك',
  NE: ' | | نيجري | نيامي',
  NG: ' | | نيجيري | أبوجا',
  NI: ' | نيكاراجوا | نيكاراغوي | ماناغوا',
  NL: ' | | هولندي | أمستردام',
  NO: ' | | نرويجي | أوسلو',
  NP: ' | | نيبالي | كاتماندو',
  NR: ' | | | يارين',
  NZ: ' | | نيوزيلندي | ويلينغتون',
  OM: ' | سلطنة عمان | عماني | مسقط',
  PA: ' | | بنمي | بنما',
  PE: ' | | بيروفي | ليما',
  PG: ' | | | بورت مورسبي',
  PH: ' | الفليبين | فلبيني | مانيلا',
  PK: ' | | باكستاني | إسلام آباد',
  PL: ' | | بولندي | وارسو',
  PR: ' | بورتو ريكو | | سان خوان',
  PS: 'فلسطين | الأراضي الفلسطينية/دولة فلسطين/الأراضي الفلسطينية المحتلة/الأراضي المحتلة | فلسطيني | القدس',
  PT: ' | | برتغالي | لشبونة',
  PW: ' | | | نجيرولمود',
  PY: ' | باراجواي | باراغوياني | أسونسيون',
  QA: ' | دولة قطر | قطري | الدوحة',
  RO: ' | | روماني | بوخارست',
  RS: ' | | صربي/الصرب | بلغراد',
  RU: ' | روسيا الاتحادية/الاتحاد الروسي | روسي/الروس | موسكو',
  RW: ' | | رواندي | كيغالي',
  SA: 'السعودية | المملكة العربية السعودية/المملكة السعودية/بلاد الحرمين | سعودي | الرياض',
  SB: ' | | | هونيارا',
  SC: ' | سيشيل | | ',
  SD: ' | جمهورية السودان | سوداني | الخرطوم',
  SE: ' | | سويدي | ستوكهولم',
  SG: ' | | سنغافوري | سنغافورة',
  SI: ' | | سلوفيني | ليوبليانا',
  SK: ' | | سلوفاكي | براتيسلافا',
  SL: ' | | | فريتاون',
  SM: ' | | | سان مارينو',
  SN: ' | | سنغالي | داكار',
  SO: ' | | صومالي | مقديشو',
  SR: ' | | | باراماريبو',
  SS: ' | دولة جنوب السودان | | جوبا',
  ST: ' | | | ساو تومي',
  SV: ' | | سلفادوري | سان سلفادور',
  SY: ' | سورية/الجمهورية العربية السورية | سوري | دمشق',
  SZ: ' | سوازيلاند | | مباباني',
  TD: ' | | تشادي | نجامينا',
  TG: ' | توجو | توغولي | لومي',
  TH: ' | | تايلاندي | بانكوك',
  TJ: ' | | طاجيكي/الطاجيك | دوشنبه',
  TL: 'تيمور الشرقية | تيمور ليشتي | | ديلي',
  TM: ' | | تركماني/التركمان | عشق آباد',
  TN: ' | الجمهورية التونسية | تونسي | تونس',
  TO: ' | | | نوكوالوفا',
  TR: ' | جمهورية تركيا | تركي/الأتراك | أنقرة',
  TT: ' | | | بورت أوف سبين',
  TV: ' | | | فونافوتي',
  TW: ' | | تايواني | تايبيه',
  TZ: ' | | تنزاني | دودوما',
  UA: ' | | أوكراني | كييف',
  UG: ' | | أوغندي | كمبالا',
  US: ' | أمريكا/أميركا/الولايات المتحدة الأمريكية/الولايات المتحدة الأميركية | أمريكي/أميركي/الأمريكان/الأميركان | واشنطن',
  UY: 'الأوروغواي | أوروغواي/الأورغواي/أورغواي | أوروغواياني | مونتيفيديو',
  UZ: ' | | أوزبكي/الأوزبك | طشقند',
  VA: ' | دولة الفاتيكان/الكرسي الرسولي | | الفاتيكان',
  VC: ' | | | كينغستاون',
  VE: ' | | فنزويلي | كاراكاس',
  VN: ' | | فيتنامي | هانوي',
  VU: ' | | | بورت فيلا',
  WS: ' | | | آبيا',
  XK: ' | | كوسوفي | بريشتينا',
  YE: ' | الجمهورية اليمنية | يمني | صنعاء',
  ZA: ' | | | بريتوريا',
  ZM: ' | | زامبي | لوساكا',
  ZW: ' | | زيمبابوي | هراري',
};

// Names that are also frequent words (مالي 'financial', بنين 'sons'): the engine wants more context.
// Demonyms whose derived forms are common words (مالية 'financial', قمرية 'lunar', صحراوية 'desert')
// are left out for the same reason.
const AMBIGUOUS_CODES = new Set(['ML', 'BJ']);

// Capitals left out on purpose: ماليه folds to مالية 'financial'; فيكتوريا and صوفيا are given names.

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/** ICU names carry qualifiers («(بورما)», «- كينشاسا») that news text never writes. */
function cleanIcuName(raw: string): string {
  return raw
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+-\s+.*$/, '')
    .replace(DIACRITICS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitList(field: string | undefined): string[] {
  return (field ?? '')
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
}

function buildEntry(code: string, icuNames: Intl.DisplayNames): CountryEntry {
  const icu = icuNames.of(code);
  if (!icu || icu === code) throw new Error(`ICU has no Arabic name for ${code}`);
  const icuName = cleanIcuName(icu);
  // A qualified ICU name («الكونغو - كينشاسا») cleans to a bare name that may belong to a neighbour.
  const icuNameIsWhole = icuName === icu.replace(DIACRITICS, '').trim();
  const [name = '', aliases, demonyms, capital = ''] = (TABLE[code] ?? '').split('|').map((f) => f.trim());
  const shortName = name || icuName;
  const allAliases = [...splitList(aliases)];
  if (icuNameIsWhole && icuName !== shortName && !allAliases.includes(icuName)) allAliases.unshift(icuName);
  const entry: CountryEntry = { name: shortName, aliases: allAliases, demonym: splitList(demonyms) };
  if (capital) entry.capital = capital;
  if (AMBIGUOUS_CODES.has(code)) entry.ambiguous = true;
  return entry;
}

function toJsonLines(entries: readonly object[]): string {
  return `[\n${entries.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`;
}

const icuNames = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'code' });
const unknownCodes = Object.keys(TABLE).filter((code) => !CODES.includes(code));
if (unknownCodes.length > 0) throw new Error(`table codes not in CODES: ${unknownCodes.join(' ')}`);

const countries = CODES.map((code) => buildEntry(code, icuNames));
const target = fileURLToPath(new URL('../src/engine/lexicon/countries.json', import.meta.url));
writeFileSync(target, toJsonLines(countries));
console.log(`wrote ${countries.length} countries to ${target}`);

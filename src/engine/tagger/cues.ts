// Closed word classes that announce a name nearby, as stems (article and proclitics removed), folded
// when read, so that they may be written as usual («رئيس» is matched as the folded «رييس»).
import titles from '../lexicon/titles.json';
import { foldWord } from './fold.ts';

/** Titles and roles that usually stand right before a person's name or an organisation's. */
const TITLES = `رئيس وزير ملك امير شيخ سيد سيده دكتور د مستشار جنرال عقيد لواء عميد نائب سفير متحدث ناطق امين
زعيم قائد مبعوث مدير مساعد نظير عاهل مرشد بابا حاخام مفتي امام قاضي محامي مراسل كاتب زميل لاعب مدرب نجم
رئيسه وزيره مندوب منسق مفوض المفوض سكرتير الامين عضو`;

/** Verbs and nouns of saying, which a speaker's name tends to follow or precede. */
const SAYING = `قال قالت يقول تقول اعلن اعلنت اكد اكدت اضاف اضافت اوضح اوضحت صرح صرحت ذكر ذكرت افاد افادت اشار
اشارت نفي نفت دعا دعت طالب طالبت حذر حذرت وصف وصفت اعتبر اعتبرت راي رات تابع تابعت لفت لفتت كشف كشفت
بحسب حسب وفقا نقلا تصريح تصريحات بيان`;

/** Words that precede a place: prepositions of place, «city of», compass points. */
const PLACE_CUES = `في الي من مدينه عاصمه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ولايه منطقه محافظه بلده اقليم
قريه مخيم حي جزيره دوله بلاد قطاع ضفه`;

/** Heads of organisation names: «ministry of», «party», «company» … */
const ORG_HEADS = `وزاره شركه حزب جامعه منظمه مجلس وكاله بنك مصرف اتحاد هيئه جمعيه حركه جبهه نادي صحيفه محكمه
مؤسسه موسسه مركز معهد لجنه قوات جيش صندوق اكاديميه برلمان حكومه مجموعه تلفزيون اذاعه قناه مكتب دائره
سلطه جهاز كتله تحالف فريق منتخب`;

/** Words of sport reporting, which make a text one where a city's name is often its club. */
const SPORT = `مباراه مباريات دوري كاس بطوله هدف اهداف لاعب لاعبين لاعبا فريق مدرب نادي منتخب ملعب شوط تعادل مهاجم
حارس جزاء دقيقه تصفيات موسم`;

/**
 * The one-word titles of the engine's lexicon (titles.json), so that the tagger and the engine's title
 * patterns agree; without the article, as the stems they are compared with. Only the article: «والي»
 * and «وزير» do not begin with a conjunction («والي» read so would be «إلى»).
 */
function lexiconTitles(): string[] {
  return [...titles.honorifics, ...titles.roles, ...titles.occupations]
    .filter((t) => !t.includes(' '))
    .map((t) => {
      const folded = foldWord(t);
      return folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded;
    });
}

function toSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(foldWord));
}

export const CUE_NONE = 0;
export const CUE_TITLE = 1;
export const CUE_SAYING = 2;
export const CUE_PLACE = 3;
export const CUE_ORG = 4;

const CLASSES: ReadonlyArray<[number, Set<string>]> = [
  [CUE_TITLE, new Set([...toSet(TITLES), ...lexiconTitles()])],
  [CUE_SAYING, toSet(SAYING)],
  [CUE_PLACE, toSet(PLACE_CUES)],
  [CUE_ORG, toSet(ORG_HEADS)],
];

/** The cue class of a word given its folded form and its stem. */
export function cueClass(folded: string, stem: string): number {
  for (const [cls, words] of CLASSES) if (words.has(stem) || words.has(folded)) return cls;
  return CUE_NONE;
}

const SPORT_WORDS = toSet(SPORT);

/** Whether a stem is a word of sport reporting. */
export function isSportWord(stem: string): boolean {
  return SPORT_WORDS.has(stem);
}

// The hover card's few strings, taken from the catalogs key by key: the content script then carries
// these and not every page's UI text (the JSON import drops the keys nobody reads).
import * as ar from '../../public/_locales/ar/messages.json';
import * as en from '../../public/_locales/en/messages.json';
import type { QuoteKind, SpeakerType } from '../engine/types.ts';
import { uiLanguage } from '../i18n.ts';

export interface CardStrings {
  cue: string;
  kind: string;
  unknownSpeaker: string;
  kinds: Record<QuoteKind, string>;
  types: Record<SpeakerType, string>;
}

const STRINGS: Record<'ar' | 'en', CardStrings> = {
  ar: {
    cue: ar.cue.message,
    kind: ar.kind.message,
    unknownSpeaker: ar.unknownSpeaker.message,
    kinds: {
      direct: ar.kind_direct.message,
      indirect: ar.kind_indirect.message,
      mixed: ar.kind_mixed.message,
    },
    types: {
      PER: ar.type_PER.message,
      ORG: ar.type_ORG.message,
      LOC: ar.type_LOC.message,
      DOC: ar.type_DOC.message,
      ANON: ar.type_ANON.message,
    },
  },
  en: {
    cue: en.cue.message,
    kind: en.kind.message,
    unknownSpeaker: en.unknownSpeaker.message,
    kinds: {
      direct: en.kind_direct.message,
      indirect: en.kind_indirect.message,
      mixed: en.kind_mixed.message,
    },
    types: {
      PER: en.type_PER.message,
      ORG: en.type_ORG.message,
      LOC: en.type_LOC.message,
      DOC: en.type_DOC.message,
      ANON: en.type_ANON.message,
    },
  },
};

export const cardStrings: CardStrings = STRINGS[uiLanguage];

import type { Language } from './languages';
import { kk } from './kk';
import { ru, type LocaleResources } from './ru';

export const resources: Record<Language, LocaleResources> = { ru, kk };
export type { LocaleResources };

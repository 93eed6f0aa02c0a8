import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { answerPlainKeys } from './answerPlainKeys';
import { en } from './en';
import { ru } from './ru';

export const interfaceLanguages = ['en', 'ru'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

const storageKey = 'galley:interfaceLanguage';

/** The saved choice, else the system language when we have it, else English. */
export function initialInterfaceLanguage(): InterfaceLanguage {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'en' || saved === 'ru') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export async function setupI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: initialInterfaceLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    // An offline desk tool has no use for the library's console advertisement.
    showSupportNotice: false,
  });
  answerPlainKeys(i18next);
  document.documentElement.lang = i18next.language;
}

export async function changeInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

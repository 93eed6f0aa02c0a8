import { describe, expect, it } from 'vitest';
import { buildTextIndex } from './buildTextIndex';
import { collectPersonMentions } from './collectPersonMentions';
import { findQuotedSpans } from './findQuotedSpans';
import { parseSpeakerPhrase } from './parseSpeakerPhrase';
import { resolveSpeaker } from './resolveSpeaker';
import type { SpeechGender } from './speechVerbs';
import { tokenizeText } from './tokenizeText';

/** Resolves `phrase` as if it were the speaker phrase at the end of `text`. */
function resolve(
  text: string,
  phrase: string,
  language: 'ru' | 'en',
  verbGender: SpeechGender = '',
) {
  const spans = findQuotedSpans(text);
  const people = collectPersonMentions(text, spans, buildTextIndex(text, spans), language);
  const reference = parseSpeakerPhrase(tokenizeText(phrase), language);
  return resolveSpeaker(reference, people, text.length, verbGender);
}

describe('parseSpeakerPhrase', () => {
  it('keeps the role apart from the name, before or after it', () => {
    expect(parseSpeakerPhrase(tokenizeText('министр транспорта Иван Петров'), 'ru')).toMatchObject({
      name: 'Иван Петров',
      role: 'министр транспорта',
    });
    expect(
      parseSpeakerPhrase(tokenizeText('Наталья Сергунина, заместитель Мэра Москвы'), 'ru'),
    ).toMatchObject({ name: 'Наталья Сергунина', role: 'заместитель Мэра Москвы', gender: 'f' });
    expect(
      parseSpeakerPhrase(tokenizeText('Maria Lopez, a professor at the local university'), 'en'),
    ).toMatchObject({ name: 'Maria Lopez', role: 'a professor at the local university' });
    expect(parseSpeakerPhrase(tokenizeText('Ambassador Hamdullah Mohib'), 'en')).toMatchObject({
      name: 'Hamdullah Mohib',
      role: 'Ambassador',
    });
  });

  it('reads pronouns, bare roles and organisations', () => {
    expect(parseSpeakerPhrase(tokenizeText('она'), 'ru')?.pronoun).toBe('f');
    expect(parseSpeakerPhrase(tokenizeText('he'), 'en')?.pronoun).toBe('m');
    expect(parseSpeakerPhrase(tokenizeText('the governor'), 'en')).toMatchObject({
      name: '',
      role: 'governor',
    });
    expect(parseSpeakerPhrase(tokenizeText('представитель Microsoft'), 'ru')).toMatchObject({
      name: '',
      role: 'представитель Microsoft',
    });
    expect(parseSpeakerPhrase(tokenizeText('the Sydney Morning Herald'), 'en')).toMatchObject({
      name: 'Sydney Morning Herald',
      isOrganisation: true,
    });
  });

  it('finds the person a cite verb names, not the outlet', () => {
    expect(parseSpeakerPhrase(tokenizeText('РБК Дмитрия Медведева'), 'ru', 'object')?.name).toBe(
      'Дмитрия Медведева',
    );
    expect(parseSpeakerPhrase(tokenizeText('ИА Regnum Минченко'), 'ru', 'object')?.name).toBe(
      'Минченко',
    );
  });

  it('skips leading adverbials', () => {
    expect(parseSpeakerPhrase(tokenizeText('В свою очередь, Владислав Сурков'), 'ru')?.name).toBe(
      'Владислав Сурков',
    );
    expect(parseSpeakerPhrase(tokenizeText('After the match, Harry Kane'), 'en')?.name).toBe(
      'Harry Kane',
    );
  });
});

describe('resolveSpeaker', () => {
  it('completes a surname from the fullest mention and takes its role', () => {
    const text = 'Министр финансов Олег Белов выступил. Белов сказал: ';
    expect(resolve(text, 'Белов', 'ru')).toEqual({
      speaker: 'Олег Белов',
      role: 'Министр финансов',
      inferred: false,
      isOrganisation: false,
      gender: 'm',
      basis: 'name',
    });
  });

  it('resolves a pronoun to the last person of agreeing gender', () => {
    const text = 'Об этом заявил Владимир Орлов, отвечая на вопрос Ксении Волковой. ';
    expect(resolve(text, 'он', 'ru')).toMatchObject({ speaker: 'Владимир Орлов', inferred: true });
    expect(resolve(text, 'она', 'ru')).toMatchObject({
      speaker: 'Ксения Волкова',
      inferred: true,
    });
  });

  it('prefers the sentence subject over a later object for a pronoun', () => {
    const text = 'Mark Rathbun asked for donations to help Daniel Montalvo. ';
    expect(resolve(text, 'He', 'en')).toMatchObject({ speaker: 'Mark Rathbun', inferred: true });
  });

  it('resolves a role to the person last named in it, matching its words', () => {
    const text = 'Президент России Владимир Орлов встретился с президентом Франции Пьером Дюбуа. ';
    expect(resolve(text, 'российский президент', 'ru')).toMatchObject({
      speaker: 'Владимир Орлов',
      inferred: true,
    });
    expect(resolve(text, 'президент Франции', 'ru').speaker).toBe('Пьером Дюбуа');
  });

  it('uses the verb’s gender for an unnamed role', () => {
    const text = 'Директор Анна Белова и инженер Олег Петров осмотрели цех. ';
    expect(resolve(text, 'руководитель цеха', 'ru', 'f').speaker).toBe('Анна Белова');
  });

  it('leaves a representative or an official nobody named unnamed', () => {
    const text = 'Директор Анна Белова и инженер Олег Петров осмотрели цех. ';
    expect(resolve(text, 'представитель завода', 'ru', 'f').speaker).toBe('');
    expect(resolve(text, 'японского чиновника', 'ru').speaker).toBe('');
  });

  it('returns no speaker rather than a guess', () => {
    expect(resolve('Погода была хорошей. ', 'он', 'ru')).toMatchObject({
      speaker: '',
      inferred: false,
    });
    expect(resolve('', 'министр', 'ru')).toMatchObject({ speaker: '', role: 'министр' });
    expect(resolve('', 'KCNA', 'en')).toMatchObject({ speaker: 'KCNA', isOrganisation: true });
  });
});

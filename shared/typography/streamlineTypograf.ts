import type Typograf from 'typograf';

interface TypografRule {
  name: string;
  locale: string;
  live?: boolean;
  handler: (this: Typograf, text: string, settings: unknown, context: TypografContext) => string;
}

interface TypografContext {
  text: string;
  safeTags: { hidden: Record<string, Record<string, string>> };
}

// The parts of typograf 7 this reaches into; `streamlineTypograf` checks each is there.
interface TypografInternals {
  prefs: { locale: string[]; live: boolean; ruleFilter?: unknown };
  rulesByQueues: Record<string, TypografRule[] | undefined>;
  innerRulesByQueues: Record<string, TypografRule[] | undefined>;
  settings: Record<string, unknown>;
  enabledRules: Record<string, boolean | undefined>;
  onBeforeRule?: unknown;
  onAfterRule?: unknown;
  executeRules: (context: TypografContext, queue?: string) => void;
  safeTags: {
    hide: (context: TypografContext, group: string) => void;
    show: (context: TypografContext, group: string) => void;
  };
}

// Every tag typograf hides in these groups starts with this: text without it has none.
const groupMarkers: Record<string, string> = { html: '<', url: '://' };

// What a rule's every match needs, checked on the text as the rule gets it: a rule whose
// text lacks it would give the text back unchanged. Read off typograf 7.8's expressions
// (`\d` without the `u` flag is an ASCII digit; `common/dash` is `--?|‒|–|—`).
const digit = /[0-9]/;
const dash = /[-‒–—]/;
const ruleNeeds: Record<string, RegExp> = {
  'common/nbsp/afterNumber': digit,
  'common/nbsp/beforeShortLastNumber': digit,
  'common/nbsp/dpi': digit,
  'common/nbsp/afterParagraphMark': /¶/,
  'common/nbsp/afterSectionMark': /§/,
  'common/punctuation/apostrophe': /'/,
  'common/punctuation/hellip': /\.\.\./,
  'ru/dash/daysMonth': digit,
  'ru/dash/decade': digit,
  'ru/dash/time': digit,
  'ru/dash/years': digit,
  'ru/dash/main': dash,
  'ru/dash/centuries': dash,
  'ru/dash/weekday': dash,
  'ru/dash/month': dash,
  'en-US/dash/main': dash,
  'ru/nbsp/years': digit,
  'ru/nbsp/year': digit,
  'ru/nbsp/m': digit,
  'ru/nbsp/page': digit,
  'ru/nbsp/mln': digit,
  'ru/nbsp/rubleKopek': digit,
  'ru/nbsp/afterNumberSign': /№/,
  'ru/punctuation/hellipQuestion': /\.\.\.|…/,
};

function hasInternals(value: unknown): value is TypografInternals {
  const t = value as Partial<TypografInternals> | null;
  return (
    typeof t?.executeRules === 'function' &&
    Array.isArray(t.prefs?.locale) &&
    typeof t.rulesByQueues === 'object' &&
    typeof t.innerRulesByQueues === 'object' &&
    typeof t.enabledRules === 'object' &&
    typeof t.settings === 'object' &&
    typeof t.safeTags?.hide === 'function' &&
    typeof t.safeTags.show === 'function'
  );
}

/**
 * Takes per-call bookkeeping out of a configured typograf without changing what it does to
 * any text. On every call typograf walks all of its ~200 rules in each of a dozen queues and
 * asks of each whether it is enabled for the locale (a few dozen are), and builds and runs
 * the regular expressions of every safe tag even on text that holds no `<` or `://`, which
 * every one of them needs. Here each queue keeps the rules that pass those checks, in their
 * order, a rule runs only on text that holds what each of its matches needs (a digit, a dash,
 * `...`), and a group of safe tags is hidden or shown only when the text can hold one.
 * Settings fixed at construction only: enabling a rule afterwards is not seen. Anything
 * unexpected (another major version) leaves the instance as it is; `getTypograf.test.ts`
 * compares the results with a plain instance.
 */
export function streamlineTypograf(typograf: Typograf): Typograf {
  // Typograf declares these private: they are reached through their own description.
  const t: unknown = typograf;
  if (!hasInternals(t)) return typograf;
  if (t.prefs.ruleFilter || t.onBeforeRule || t.onAfterRule) return typograf;
  const [locale] = t.prefs.locale;
  const { live } = t.prefs;
  // typograf's own test, rule by rule (inner rules have no entry, so they count as enabled).
  const runs = (rule: TypografRule): boolean =>
    !(live && rule.live === false) &&
    !(!live && rule.live === true) &&
    (rule.locale === 'common' || rule.locale === locale) &&
    t.enabledRules[rule.name] !== false;
  const queues = new Map<string, TypografRule[]>();
  for (const queue of new Set([
    ...Object.keys(t.innerRulesByQueues),
    ...Object.keys(t.rulesByQueues),
  ])) {
    queues.set(queue, [
      ...(t.innerRulesByQueues[queue] ?? []).filter(runs),
      ...(t.rulesByQueues[queue] ?? []).filter(runs),
    ]);
  }
  t.executeRules = function executeRules(context, queue = 'default') {
    const rules = queues.get(queue);
    if (!rules) return;
    for (const rule of rules) {
      const needs = ruleNeeds[rule.name];
      if (needs && !needs.test(context.text)) continue;
      context.text = rule.handler.call(typograf, context.text, t.settings[rule.name], context);
    }
  };
  const { safeTags } = t;
  const hide = safeTags.hide.bind(safeTags);
  const show = safeTags.show.bind(safeTags);
  safeTags.hide = (context, group) => {
    const marker = groupMarkers[group];
    if (marker !== undefined && !context.text.includes(marker)) {
      context.safeTags.hidden[group] = {};
      return;
    }
    hide(context, group);
  };
  safeTags.show = (context, group) => {
    const hidden = context.safeTags.hidden[group];
    // Nothing hidden: every label typograf would look for is left as it is.
    if (hidden && Object.keys(hidden).length === 0) return;
    show(context, group);
  };
  return typograf;
}

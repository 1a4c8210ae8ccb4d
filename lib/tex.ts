// What BibTeX and LaTeX mean, in one place for the importers (which read it) and the exporters (which write it).

/** BibTeX's predefined month macros, January first. */
export const BIBTEX_MONTHS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Accent commands and the combining mark each puts on the letter it takes (`\"u` → u + U+0308 → ü). */
export const ACCENT_MARKS: Readonly<Record<string, string>> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  '"': '\u0308',
  u: '\u0306',
  r: '\u030A',
  H: '\u030B',
  v: '\u030C',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331',
};

/** Commands that stand for a letter with no decomposition into letter + accent (`\ss` → ß). */
export const LETTER_COMMANDS: Readonly<Record<string, string>> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dj: 'đ',
  DJ: 'Đ',
};

const BACKSLASH = 92;
const OPEN = 123;
const CLOSE = 125;
const stickies = new WeakMap<RegExp, RegExp>();

/**
 * The one brace scanner. From `from`, `depth` braces deep, steps over `\`-escapes (`\{`, `\}`, `\\`) and counts
 * braces: returns where `target` (one character, or a pattern tried at each place) first matches at depth 0, or,
 * with no target, where the `}` closing the group it started in is; -1 when there is none. A character loop, not
 * a regex jumping brace to brace: hostile files nest thousands deep, and a loop does not allocate per brace.
 */
function scan(text: string, from: number, depth: number, target?: string | RegExp): { index: number; length: number } {
  const char = typeof target === 'string' ? target.charCodeAt(0) : -1;
  let pattern: RegExp | undefined;
  if (target instanceof RegExp) {
    pattern = stickies.get(target) ?? new RegExp(target.source, `${target.flags.replace(/[gy]/g, '')}y`);
    stickies.set(target, pattern);
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === OPEN) depth++;
    else if (c === CLOSE) {
      if (--depth === 0 && target === undefined) return { index: i, length: 1 };
    } else if (depth === 0) {
      if (c === char) return { index: i, length: 1 };
      if (pattern) {
        pattern.lastIndex = i;
        if (pattern.test(text) && pattern.lastIndex > i) return { index: i, length: pattern.lastIndex - i };
      }
    }
  }
  return { index: -1, length: 0 };
}

/** The index of the `}` closing the `{` at `open`, honouring `\{` and `\}`; -1 when it is never closed. */
export function closingBrace(text: string, open: number): number {
  return scan(text, open + 1, 1).index;
}

/** The index of the first `target` (a character or a pattern) outside braces at or after `from`; -1 when none. */
export function indexOutsideBraces(text: string, target: string | RegExp, from = 0): number {
  return scan(text, from, 0, target).index;
}

/** `text` split at each match of `separator` outside braces (`{Barnes and Noble}` stays one part); untrimmed. */
export function splitOutsideBraces(text: string, separator: string | RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const { index, length } = scan(text, start, 0, separator);
    if (index < 0 || length === 0) break;
    parts.push(text.slice(start, index));
    start = index + length;
  }
  parts.push(text.slice(start));
  return parts;
}

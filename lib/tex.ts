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

// A backslash with the character it escapes, or a brace: the only characters that change the depth.
const BRACE_OR_ESCAPE = '\\\\[\\s\\S]|[{}]';
const scanners = new Map<string, RegExp>();

function scanner(target: RegExp | undefined): RegExp {
  const key = target ? `${target.source}/${target.flags}` : '';
  let pattern = scanners.get(key);
  if (!pattern) {
    const flags = `g${target?.flags.replace(/[gy]/g, '') ?? ''}`;
    pattern = new RegExp(target ? `${BRACE_OR_ESCAPE}|(${target.source})` : BRACE_OR_ESCAPE, flags);
    scanners.set(key, pattern);
  }
  return pattern;
}

/**
 * The one brace scanner. From `from`, `depth` braces deep, jumps brace to brace over `\`-escapes (`\{`, `\}`, `\\`):
 * returns the first match of `target` at depth 0, or (when starting inside a group) the index of the `}` that
 * closes it, whichever comes first; -1 when there is neither. `target` must not match a brace or a backslash.
 */
function scan(text: string, from: number, depth: number, target?: RegExp): { index: number; length: number } {
  const pattern = scanner(target);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const found = match[0];
    if (match[1] !== undefined) {
      if (depth === 0) return { index: match.index, length: found.length };
    } else if (found === '{') depth++;
    else if (found === '}' && --depth === 0 && !target) return { index: match.index, length: 1 };
  }
  return { index: -1, length: 0 };
}

/** The index of the `}` closing the `{` at `open`, honouring `\{` and `\}`; -1 when it is never closed. */
export function closingBrace(text: string, open: number): number {
  return scan(text, open + 1, 1).index;
}

/** The index of the first match of `target` outside braces at or after `from`; -1 when there is none. */
export function indexOutsideBraces(text: string, target: RegExp, from = 0): number {
  return scan(text, from, 0, target).index;
}

/** `text` split at each match of `separator` outside braces (`{Barnes and Noble}` stays one part); untrimmed. */
export function splitOutsideBraces(text: string, separator: RegExp): string[] {
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

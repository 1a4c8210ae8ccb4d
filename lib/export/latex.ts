import { ACCENT_MARKS, LETTER_COMMANDS } from '@/lib/tex';

// Characters BibTeX or LaTeX would read as markup; each becomes its literal-text command.
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Not \{ and \}: BibTeX counts every brace, escaped or not, so a lone one would unbalance the entry.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default OT1 font encoding these print as ¡ ¿ and —.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

// Combining marks (after NFD) and the accent command for each; symbol commands take the letter bare.
const ACCENTS: Record<string, string> = Object.fromEntries(Object.entries(ACCENT_MARKS).map(([command, mark]) => [mark, command]));

// Letters with no decomposition that LaTeX writes as commands, and the dashes.
const LETTERS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(LETTER_COMMANDS).map(([command, letter]) => [letter, `{\\${command}}`])),
  '–': '--',
  '—': '---',
};

function accented(base: string, marks: string): string | null {
  let out = base;
  for (const mark of marks) {
    const command = ACCENTS[mark];
    if (!command) return null;
    out = /[a-z]/i.test(command) ? `\\${command}{${out}}` : `\\${command}${out.length > 1 ? `{${out}}` : out}`;
  }
  return `{${out}}`;
}

// Markup characters, and (NEEDS_WORK_ALL) non-ASCII runs too: what latexText rewrites.
const MARKUP_ALL = /[\\{}&%$#_~^<>|]/g;
// Any character latexText would rewrite, as one negated class (tab, newline, CR and printable ASCII but
// \ { } & % $ # _ ~ ^ < > |): a single class scans several times faster than the alternation below.
const NEEDS_WORK = /[^\t\n\r -"'-;=?-[\]`-z]/;
// A non-ASCII run takes the ASCII letter before it: a combining accent typed after a letter with no precomposed
// form (e + U+030A) is that letter's accent.
const NEEDS_WORK_ALL = /[\\{}&%$#_~^<>|]|[A-Za-z]?[^ -~\t\n\r]+/g;

// Printable ASCII but the markup characters (so no tab, newline or other white space than a space either).
const NOT_PLAIN = /[^ -"'-;=?-[\]`-z]/;

/**
 * True when text is already a one-line BibTeX value: nothing for latexText to escape, nothing for collapseWhitespace
 * to collapse or trim. Most titles and abstracts are: one scan (and a search for a double space) tells, where the
 * two would scan them one after the other.
 */
export function isPlainLine(text: string): boolean {
  return !NOT_PLAIN.test(text) && !text.includes('  ') && text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE;
}

const SPACE = 32;

/**
 * Text as a BibTeX field value: markup characters escaped, so braces always balance, and accented Latin letters
 * as LaTeX accents (`Müller` → `M{\"u}ller`) for classic 8-bit BibTeX. Other scripts stay UTF-8, which
 * biber, Zotero and JabRef read.
 */
export function latexText(text: string, options: { unicode?: boolean } = {}): string {
  // Most text (English titles, abstracts, tags) needs nothing: one scan tells, and it is returned as it is.
  if (!NEEDS_WORK.test(text)) return text;
  // Plain ASCII runs are copied as they are; only markup characters and non-ASCII runs are rewritten.
  const pattern = options.unicode ? MARKUP_ALL : NEEDS_WORK_ALL;
  // NFC first, so that a letter and its combining accent (typed decomposed) travel as one run.
  return text.normalize('NFC').replace(pattern, (match) => SPECIAL[match] ?? nonAscii(match));
}

function nonAscii(run: string): string {
  let out = '';
  // Split into a character plus its combining marks, on the decomposed text.
  for (const cluster of run.normalize('NFD').match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const base = cluster[0] ?? '';
    const marks = cluster.slice(1);
    const special = base < '\u0080' && !marks ? (SPECIAL[base] ?? base) : undefined;
    out += special ?? (marks ? accented(base, marks) : LETTERS[base]) ?? cluster.normalize('NFC');
  }
  return out;
}

/**
 * A title as a BibTeX value: escaped as `latexText`, with words whose capitals must survive a style's
 * sentence-casing (`BERT`, `GPT-4`, `LLaMA`, `Fine-Tuning`) in braces.
 */
export function latexTitle(title: string, options: { unicode?: boolean } = {}): string {
  // An ASCII title with no markup (most of them): one pass braces the words with a capital after their first letter,
  // when a capital follows anything but a space at all (most titles capitalise words, not letters inside them).
  if (!NEEDS_WORK.test(title)) return INNER_CAPITAL.test(title) ? title.replace(ASCII_CAPITALISED_WORD, '{$&}') : title;
  return title
    .split(' ')
    .map((word) => {
      const escaped = latexText(word, options);
      return /\p{Lu}/u.test(word.replace(/^\P{L}*\p{L}/u, '')) ? `{${escaped}}` : escaped;
    })
    .join(' ');
}

// A space-delimited word whose letters after the first hold a capital (ASCII only: the fast path's case).
const ASCII_CAPITALISED_WORD = /(?<![^ ])[^ A-Za-z]*[A-Za-z][^ ]*?[A-Z][^ ]*/g;
// What every such word holds: a capital after a character of its own. Without one the title has no such word, and
// this test scans it several times faster than the search above.
const INNER_CAPITAL = /[^ ][A-Z]/;

import type { Result } from '@/lib/result';
import { BIBTEX_MONTHS, closingBrace, indexOutsideBraces } from '@/lib/tex';

/** One entry as written: its type, key, fields (names lowercased, values still LaTeX) and where it starts. */
export interface BibEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
  line: number;
}

export type BibSyntax = Result<{ entries: BibEntry[] }>;

/** The longest value a field may expand to: far beyond any real abstract, far below what a hostile file could make. */
export const MAX_VALUE_CHARS = 1_000_000;

// BibTeX's predefined month macros expand to the month's number.
const MONTH_MACROS: Record<string, string> = Object.fromEntries(BIBTEX_MONTHS.map((m, i) => [m, String(i + 1)]));

class BibtexSyntaxError extends Error {}

const IDENTIFIER = /[^\s"#%'(),={}]+/y;
const LETTERS = /[A-Za-z]+/y;
const KEY = /[^\s,{}()]*/y;

/**
 * Reads BibTeX the way BibTeX, biber and Zotero do: text between entries is a comment; `@string` macros and `#`
 * concatenation are expanded; `@comment` and `@preamble` are skipped; values are braced, quoted, numbers or macros.
 * Any malformed entry makes the whole file an error that names its line.
 */
export function parseBibtexSyntax(text: string): BibSyntax {
  const strings = new Map<string, string>(Object.entries(MONTH_MACROS));
  const entries: BibEntry[] = [];
  let pos = 0;

  let newlines: number[] | undefined;
  const lineAt = (at: number) => {
    if (!newlines) {
      newlines = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
    }
    // Binary search: the number of newlines before `at`, plus one.
    let [low, high] = [0, newlines.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((newlines[mid] ?? 0) < at) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
  const fail = (message: string, at = pos): never => {
    throw new BibtexSyntaxError(`line ${lineAt(at)}: ${message}`);
  };
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos] ?? '')) pos++;
  };
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = pos;
    const match = pattern.exec(text)?.[0] ?? '';
    pos += match.length;
    return match;
  };
  const identifier = () => sticky(IDENTIFIER);

  function braced(): string {
    const start = pos;
    const end = closingBrace(text, start);
    if (end < 0) {
      pos = text.length;
      return fail('a braced value is never closed (missing "}")', start);
    }
    pos = end + 1;
    return text.slice(start + 1, end);
  }

  function quoted(): string {
    const start = pos;
    const end = indexOutsideBraces(text, '"', start + 1);
    if (end < 0) {
      pos = text.length;
      return fail("a quoted value is never closed (missing '\"')", start);
    }
    pos = end + 1;
    return text.slice(start + 1, end);
  }

  function value(): string {
    let out = '';
    for (;;) {
      skipSpace();
      const c = text[pos];
      if (c === '{') out += braced();
      else if (c === '"') out += quoted();
      else {
        const start = pos;
        const word = identifier();
        if (!word) fail(c === undefined ? 'the file ends inside an entry' : `unexpected "${c}" where a value should be`);
        const macro = strings.get(word.toLowerCase());
        if (macro !== undefined) {
          // Nested macros double at each step (`@string{b = a # a}`): a value stops at a bound, not at memory's end.
          if (out.length + macro.length > MAX_VALUE_CHARS)
            fail(`a value expands past ${MAX_VALUE_CHARS} characters (nested @string macros)`, start);
          out += macro;
        } else if (/^\d+$/.test(word)) out += word;
        else fail(`unknown macro "${word.slice(0, 40)}" (a value must be in braces or quotes)`, start);
      }
      skipSpace();
      if (text[pos] !== '#') return out;
      pos++;
    }
  }

  // `name = value` pairs up to the closing delimiter.
  function fields(close: string, key: string): Map<string, string> {
    const out = new Map<string, string>();
    for (;;) {
      skipSpace();
      if (text[pos] === close) {
        pos++;
        return out;
      }
      if (pos >= text.length) fail(`entry "${key.slice(0, 60)}" is not closed (missing "${close}"); is the file complete?`);
      const start = pos;
      const name = identifier().toLowerCase();
      if (!name) fail(`unexpected "${text[pos]}" where a field name should be`);
      skipSpace();
      if (text[pos] !== '=') fail(`expected "=" after field "${name.slice(0, 40)}"`);
      pos++;
      const fieldValue = value();
      if (!out.has(name)) out.set(name, fieldValue);
      skipSpace();
      if (pos >= text.length) fail(`entry "${key.slice(0, 60)}" is not closed (missing "${close}"); is the file complete?`, start);
      if (text[pos] === ',') pos++;
      else if (text[pos] !== close) fail(`expected "," or "${close}" after field "${name.slice(0, 40)}"`, start);
    }
  }

  try {
    for (;;) {
      const at = text.indexOf('@', pos);
      if (at === -1) break;
      pos = at + 1;
      skipSpace();
      const type = sticky(LETTERS);
      if (!type) continue;
      skipSpace();
      const open = text[pos];
      // An @ in running text (an e-mail address in a comment) is not an entry.
      if (open !== '{' && open !== '(') continue;
      const close = open === '{' ? '}' : ')';
      const kind = type.toLowerCase();
      if (kind === 'comment' || kind === 'preamble') {
        if (open === '{') braced();
        else {
          const end = text.indexOf(')', pos);
          pos = end === -1 ? text.length : end + 1;
        }
        continue;
      }
      pos++;
      if (kind === 'string') {
        for (const [name, macro] of fields(close, '@string')) strings.set(name, macro);
        continue;
      }
      skipSpace();
      const keyStart = pos;
      const keyMatch = sticky(KEY);
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] !== close) fail(`expected "," after the key of @${type}{${keyMatch.slice(0, 60)}`);
      entries.push({ type: kind, key: keyMatch, fields: fields(close, keyMatch), line: lineAt(keyStart) });
    }
  } catch (error) {
    if (error instanceof BibtexSyntaxError) return { ok: false, error: `BibTeX syntax error, ${error.message}` };
    throw error;
  }
  return { ok: true, entries };
}

import { ACCENT_MARKS, closingBrace, LETTER_COMMANDS } from '@/lib/tex';

// Commands that stand for one character (or a few): the letters, and the rest below.
const SYMBOLS: Record<string, string> = {
  ...LETTER_COMMANDS,
  '&': '&',
  '%': '%',
  $: '$',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  ' ': ' ',
  ',': ' ',
  '\\': ' ',
  textbackslash: '\\',
  textasciitilde: '~',
  textasciicircum: '^',
  textbraceleft: '{',
  textbraceright: '}',
  textendash: '–',
  textemdash: '—',
  textunderscore: '_',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  textquotedbl: '"',
  textquotesingle: "'",
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  ldots: '…',
  dots: '…',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  infty: '∞',
  times: '×',
  cdot: '·',
  pm: '±',
  leq: '≤',
  geq: '≥',
  le: '≤',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  S: '§',
  P: '¶',
  copyright: '©',
  dag: '†',
  euro: '€',
  pounds: '£',
};

// Characters that can start markup; everything else is copied through.
const MARKUP = /[\\{}$~`'^_-]/g;
const MARKUP_ANYWHERE = /[\\{}$~`'^_-]/;
const MAX_DEPTH = 64;

/**
 * LaTeX as found in BibTeX values → plain Unicode text: accents (`{\"u}`, `\'{e}`), letter commands (`{\ss}`),
 * escaped specials, dashes and quotes, font commands unwrapped, case-protecting braces and math dollars dropped.
 * Unknown commands keep their name (`\log` → `log`), so no text is lost.
 */
export function decodeLatex(input: string, depth = 0): string {
  if (!MARKUP_ANYWHERE.test(input)) return input;
  // Each level rescans its group; a bound keeps a hostile file from making that quadratic.
  if (depth > MAX_DEPTH) throw new Error(`LaTeX commands nested more than ${MAX_DEPTH} deep`);
  let pos = 0;
  let math = false;

  // One argument of an accent or font command: a braced group, a command, or one character.
  function argument(): string {
    while (input[pos] === ' ') pos++;
    if (input[pos] === '{') {
      const closing = closingBrace(input, pos);
      const end = closing < 0 ? input.length : closing;
      const inner = input.slice(pos + 1, end);
      pos = end + 1;
      return decodeLatex(inner, depth + 1);
    }
    if (input[pos] === '\\') return command();
    return input[pos++] ?? '';
  }

  function command(): string {
    pos++; // the backslash
    const letters = /^[A-Za-z]+/.exec(input.slice(pos, pos + 40))?.[0];
    const name = letters ?? input[pos] ?? '';
    pos += name.length;
    // A control word eats the spaces after it (`\ss d` is "ßd"); `{}` after it is an empty group.
    if (letters && !(letters in ACCENT_MARKS)) while (input[pos] === ' ') pos++;
    const mark = ACCENT_MARKS[name];
    if (mark) {
      const arg = argument();
      // Dotless i and j take accents as plain i and j.
      const base = arg.replace(/^ı/, 'i').replace(/^ȷ/, 'j');
      return `${base.slice(0, 1)}${mark}${base.slice(1)}`.normalize('NFC');
    }
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) {
      if (input.slice(pos, pos + 2) === '{}') pos += 2;
      return symbol;
    }
    // Font and box commands: their text is the argument.
    if (
      /^(emph|textit|textbf|textsc|texttt|textrm|textsf|textup|textnormal|mathrm|mathit|mathbf|mathcal|mathsf|mathtt|mathbb|text|mbox|hbox|url|href|NoCaseChange|uppercase|lowercase|MakeUppercase|MakeLowercase)$/.test(
        name,
      )
    ) {
      if (name === 'href') argument();
      return input[pos] === '{' ? argument() : '';
    }
    return letters ?? name;
  }

  let out = '';
  while (pos < input.length) {
    // Copy the plain run up to the next character that may be markup in one step.
    MARKUP.lastIndex = pos;
    const plainEnd = MARKUP.exec(input)?.index ?? input.length;
    if (plainEnd > pos) {
      out += input.slice(pos, plainEnd);
      pos = plainEnd;
      continue;
    }
    const c = input[pos] ?? '';
    const next = input.slice(pos, pos + 3);
    if (c === '\\') out += command();
    else if (c === '{' || c === '}') pos++;
    else if (c === '$') {
      math = !math;
      pos++;
    } else if (math && (c === '^' || c === '_')) pos++;
    else if (c === '~') {
      out += ' ';
      pos++;
    } else if (next === '---') {
      out += '—';
      pos += 3;
    } else if (next.startsWith('--')) {
      out += '–';
      pos += 2;
    } else if (next.startsWith('``')) {
      out += '“';
      pos += 2;
    } else if (next.startsWith("''")) {
      out += '”';
      pos += 2;
    } else {
      out += c;
      pos++;
    }
  }
  return out;
}

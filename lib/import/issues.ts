import type { z } from 'zod/mini';

/** The path of a zod issue as a reader writes it: `authors[3]`, `source.url`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// zod/mini ships without messages ("Invalid input"); these say what was expected.
function message(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}${'input' in issue ? `, got ${kindOf(issue.input)}` : ''}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `too large (at most ${issue.maximum})`;
    case 'too_small':
      return `too small (at least ${issue.minimum})`;
    default:
      return issue.message || 'invalid';
  }
}

/** The first problem zod found, as `field "status": expected one of "unread", "reading", "read"` (and how many more). */
export function issueText(error: z.core.$ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'invalid';
  const where = first.path.length > 0 ? `field "${fieldPath(first.path)}": ` : '';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${where}${message(first)}${more}`;
}

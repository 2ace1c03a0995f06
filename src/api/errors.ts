// The ways loading the data can fail, each named so the UI can say what went wrong in the user's language.

export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'malformed' | 'contract';

export interface ContractIssue {
  /** Dotted path to the broken field, e.g. `members[3].region`. */
  readonly path: string;
  readonly message: string;
}

export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    readonly kind: LoadErrorKind,
    /** The contract document concerned, e.g. `members.json`. */
    readonly document: string,
    message: string,
    readonly details: {
      readonly status?: number;
      readonly issues?: readonly ContractIssue[];
      /** The time limit a request ran out of (kind `timeout`). */
      readonly timeoutMs?: number;
    } = {},
  ) {
    super(`${document}: ${message}`);
  }

  /**
   * Whether trying again may help: the server or network may recover, and a user refused access may sign in;
   * bad data will not fix itself.
   */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.refused ||
      (this.kind === 'http' && (this.details.status ?? 500) >= 500)
    );
  }

  /** The server refused access (HTTP 401 or 403): the user must sign in (or use an account that may see it). */
  get refused(): boolean {
    return this.kind === 'http' && (this.details.status === 401 || this.details.status === 403);
  }
}

export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError;
}

/** `a.b[2].c` from a zod-style path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** What a zod issue has to say, in plain words (zod's mini build ships no message locale). */
export interface IssueLike {
  readonly code: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly format?: unknown;
  readonly values?: readonly unknown[];
  readonly origin?: unknown;
}

export function describeIssue(issue: IssueLike): string {
  if (issue.message !== '' && issue.message !== 'Invalid input') return issue.message;
  const sized = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${sized}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${sized}`;
    case 'invalid_format':
      return `is not a valid ${String(issue.format)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    case 'unrecognized_keys':
      return 'has unexpected fields';
    default:
      return 'is not valid';
  }
}

/** A document that breaks the contract, named with its first broken field and how many more there are. */
export function contractError(document: string, issues: readonly ContractIssue[]): LoadError {
  const first = issues[0];
  const summary = first ? `${first.path || '(document)'}: ${first.message}` : 'does not match the contract';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new LoadError('contract', document, `breaks the data contract at ${summary}${more}`, { issues });
}

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
    readonly details: { readonly status?: number; readonly issues?: readonly ContractIssue[] } = {},
  ) {
    super(`${document}: ${message}`);
  }

  /** Whether trying again may help (the server or network may recover; bad data will not fix itself). */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.details.status ?? 500) >= 500)
    );
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

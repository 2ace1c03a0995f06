// View state that belongs in a link lives in the query string: only what differs from the defaults, each
// value parsed strictly, and anything invalid or hostile replaced by its default and reported (never thrown).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

// Methods (not function properties) so that a Param<'a' | 'b'> fits where a Param<unknown> is expected.
export interface Param<T> {
  readonly default: T;
  /** The value a raw query value stands for, or undefined when it is not valid. */
  parse(raw: string): T | undefined;
  format(value: T): string;
}

export type ParamSpec = Readonly<Record<string, Param<unknown>>>;
export type UrlValues<S extends ParamSpec> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

/** Values longer than this are refused outright: no real value is so long. */
const MAX_RAW_LENGTH = 500;

export const param = {
  /** One of a fixed set of words. */
  oneOf<const T extends string>(values: readonly T[], fallback: NoInfer<T>): Param<T> {
    return {
      default: fallback,
      parse: (raw) => values.find((value) => value === raw),
      format: (value) => value,
    };
  },

  /** A whole number within bounds. */
  int(min: number, max: number, fallback: number): Param<number> {
    return {
      default: fallback,
      parse: (raw) => {
        if (!/^-?\d{1,9}$/.test(raw)) return undefined;
        const value = Number(raw);
        return value >= min && value <= max ? value : undefined;
      },
      format: String,
    };
  },

  /** A comma-separated list of items, each valid, without repeats, at most `max` long. */
  list<T>(item: (raw: string) => T | undefined, fallback: readonly T[], max = 50): Param<readonly T[]> {
    return {
      default: fallback,
      parse: (raw) => {
        if (raw === '') return [];
        const parts = raw.split(',');
        if (parts.length > max) return undefined;
        const values: T[] = [];
        for (const part of parts) {
          const value = item(part);
          if (value === undefined) return undefined;
          if (!values.includes(value)) values.push(value);
        }
        return values;
      },
      format: (values) => values.map(String).join(','),
    };
  },

  /** A code such as a Member or indicator code: upper-case letters, digits, ".", "_" and "-". */
  code(fallback: string): Param<string> {
    return {
      default: fallback,
      parse: (raw) => (/^[A-Z0-9][A-Z0-9._-]{0,15}$/.test(raw) ? raw : undefined),
      format: (value) => value,
    };
  },
};

/** A code item for `param.list`. */
export const codeItem = (raw: string): string | undefined =>
  /^[A-Z0-9][A-Z0-9._-]{0,15}$/.test(raw) ? raw : undefined;

export interface UrlState<S extends ParamSpec> {
  readonly values: UrlValues<S>;
  /** Names of parameters that were present but not valid (their defaults are used). */
  readonly invalid: readonly string[];
}

export function readUrlState<S extends ParamSpec>(spec: S, search: URLSearchParams): UrlState<S> {
  const values: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [name, definition] of Object.entries(spec)) {
    const raw = search.get(name);
    const parsed = raw === null || raw.length > MAX_RAW_LENGTH ? undefined : definition.parse(raw);
    if (raw !== null && parsed === undefined) invalid.push(name);
    values[name] = parsed ?? definition.default;
  }
  return { values: values as UrlValues<S>, invalid };
}

/** The query string after `changes`: values equal to their default are removed; other parameters kept. */
export function writeUrlState<S extends ParamSpec>(
  spec: S,
  current: URLSearchParams,
  changes: Partial<UrlValues<S>>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    const definition = spec[name];
    if (!definition || value === undefined) continue;
    const text = definition.format(value);
    if (text === definition.format(definition.default)) next.delete(name);
    else next.set(name, text);
  }
  return next;
}

/**
 * The view's state from the URL, and a setter that records a change as a new history entry (so back and
 * forward step through changes) unless `replace` is asked for.
 */
export function useUrlState<S extends ParamSpec>(
  spec: S,
): UrlState<S> & { set: (changes: Partial<UrlValues<S>>, options?: { replace?: boolean }) => void } {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the query string is the identity of the state
  const state = useMemo(() => readUrlState(spec, search), [spec, key]);
  const set = useCallback(
    (changes: Partial<UrlValues<S>>, options: { replace?: boolean } = {}) => {
      setSearch((current) => writeUrlState(spec, current, changes), { replace: options.replace ?? false });
    },
    [spec, setSearch],
  );
  return { ...state, set };
}

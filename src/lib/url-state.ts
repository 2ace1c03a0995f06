// View state that belongs in a link lives in the query string: only what differs from the defaults, each
// value parsed strictly, and anything invalid or hostile replaced by its default and reported (never thrown).
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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

/**
 * A parameter that was renamed (or whose values were): links made before the change keep working, as the
 * grapher's URL migrations do. The old name is read when the new one is absent, and dropped at the next write.
 */
export interface UrlMigration {
  readonly from: string;
  readonly to: string;
  /** The old value in the new parameter's terms; unchanged by default. */
  readonly value?: (raw: string) => string;
}

/** The query string as today's parameters name it. */
export function migrateSearch(search: URLSearchParams, migrations: readonly UrlMigration[]): URLSearchParams {
  if (migrations.length === 0) return search;
  const next = new URLSearchParams(search);
  for (const migration of migrations) {
    const raw = next.get(migration.from);
    if (raw === null) continue;
    next.delete(migration.from);
    if (!next.has(migration.to)) next.set(migration.to, migration.value ? migration.value(raw) : raw);
  }
  return next;
}

export function readUrlState<S extends ParamSpec>(
  spec: S,
  given: URLSearchParams,
  migrations: readonly UrlMigration[] = [],
): UrlState<S> {
  const search = migrateSearch(given, migrations);
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
  migrations: readonly UrlMigration[] = [],
): URLSearchParams {
  const next = migrateSearch(new URLSearchParams(current), migrations);
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
export type SetUrlState<S extends ParamSpec> = (
  changes: Partial<UrlValues<S>>,
  options?: { replace?: boolean },
) => void;

export function useUrlState<S extends ParamSpec>(
  spec: S,
  migrations: readonly UrlMigration[] = [],
): UrlState<S> & { set: SetUrlState<S> } {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the query string is the identity of the state
  const state = useMemo(() => readUrlState(spec, search, migrations), [spec, key, migrations]);
  // react-router's setter changes with every URL; a stable one lets controls that did not change skip rendering.
  const latest = useRef({ spec, migrations, setSearch });
  useLayoutEffect(() => {
    latest.current = { spec, migrations, setSearch };
  }, [spec, migrations, setSearch]);
  const set = useCallback<SetUrlState<S>>((changes, options = {}) => {
    const { spec: current, migrations: renamed, setSearch: write } = latest.current;
    write((search) => writeUrlState(current, search, changes, renamed), { replace: options.replace ?? false });
  }, []);
  return { ...state, set };
}

/** What a view's `<view>-state.ts` gives its page: the values to draw, what was refused, and the setter. */
export interface ViewState<S extends ParamSpec> {
  readonly values: UrlValues<S>;
  /** Parameters present in the link but not valid for the loaded data; their defaults are shown instead. */
  readonly invalid: readonly string[];
  readonly set: SetUrlState<S>;
}

export interface ViewStateOptions<S extends ParamSpec> {
  readonly migrations?: readonly UrlMigration[];
  /**
   * Rules across parameters that one parameter's parse cannot see (a range that runs backwards): the values to
   * use and the names of the parameters refused.
   */
  readonly check?: (values: UrlValues<S>) => { values: UrlValues<S>; invalid: readonly string[] };
}

const NO_MIGRATIONS: readonly UrlMigration[] = [];

/**
 * A view's URL state, its spec built from the loaded data (`specOf(frame)`: the codes and cycles that exist),
 * so that a value the data does not have falls back to its default with a notice, as a bad one does.
 */
export function useViewState<F, S extends ParamSpec>(
  specOf: (frame: F) => S,
  frame: F,
  options: ViewStateOptions<S> = {},
): ViewState<S> {
  const spec = useMemo(() => specOf(frame), [specOf, frame]);
  const state = useUrlState(spec, options.migrations ?? NO_MIGRATIONS);
  const { check } = options;
  const checked = useMemo(
    () => (check ? check(state.values) : { values: state.values, invalid: [] }),
    [check, state.values],
  );
  const invalid = useMemo(() => [...new Set([...state.invalid, ...checked.invalid])], [state.invalid, checked.invalid]);
  return { values: checked.values, invalid, set: state.set };
}

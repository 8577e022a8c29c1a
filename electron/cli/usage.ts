/** Wrong arguments: the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of: ${allowed.join(', ')}`);
  return value as T;
}

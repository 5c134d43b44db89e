import { InvalidArgumentError } from "commander";

/** Option-value parsers for commander: each throws InvalidArgumentError, which commander reports on one line. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number.");
  return n;
}

export function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError("expected a number >= 0.");
  return n;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number >= 1.");
  return n;
}

export function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number >= 0.");
  return n;
}

/** A share strictly between 0 and 1 (service-level targets, caps). */
export function openFraction(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n > 0 && n < 1)) throw new InvalidArgumentError("expected a fraction between 0 and 1 (exclusive), e.g. 0.8.");
  return n;
}

/** A share in [0, 1) (shrinkage). */
export function fractionBelowOne(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n < 1)) throw new InvalidArgumentError("expected a fraction in [0, 1), e.g. 0.3.");
  return n;
}

export function integerSeed(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number >= 0.");
  return n;
}

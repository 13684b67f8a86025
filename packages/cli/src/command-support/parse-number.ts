import { InvalidArgumentError } from "commander";

/** Commander argument parser for an integer >= `min`. */
export function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) {
      throw new InvalidArgumentError(`expected an integer >= ${min}, got "${value}".`);
    }
    return number;
  };
}

/** Commander argument parser for a finite number. */
export function finiteNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) {
    throw new InvalidArgumentError(`expected a number, got "${value}".`);
  }
  return number;
}

/** Fares for van and minibus rides, in cents. */

export type VehicleClass = "VAN" | "MINIBUS" | "BUS";

const BASE_CENTS: Record<VehicleClass, number> = { VAN: 500, MINIBUS: 800, BUS: 1200 };

export function baseFare(vehicle: VehicleClass, km: number): number {
  if (km < 0) {
    throw new RangeError(`distance must not be negative, was ${km}`);
  }
  const perKm = vehicle === "VAN" ? 120 : 150;
  return BASE_CENTS[vehicle] + Math.round(km * perKm);
}

export const surge = (fare: number, demand: number, supply: number): number => {
  if (supply <= 0) {
    return fare * 3;
  }
  const ratio = demand / supply;
  if (ratio <= 1) {
    return fare;
  }
  return Math.round(fare * Math.min(ratio, 3));
};

export class FareCard {
  private readonly rides: number[] = [];

  record(cents: number): void {
    this.rides.push(cents);
  }

  total(): number {
    return this.rides.reduce((sum, c) => sum + c, 0);
  }

  private reset(): void {
    this.rides.length = 0;
  }
}

function roundToNickel(cents: number): number {
  return Math.round(cents / 5) * 5;
}

export { roundToNickel as nickel };

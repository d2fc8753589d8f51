import { describe, expect, it } from "vitest";
import { baseFare, surge } from "./fares";

describe("baseFare", () => {
  it("charges a van its base and per-kilometre rate", () => {
    expect(baseFare("VAN", 10)).toBe(1700);
  });
});

describe("surge", () => {
  it("leaves the fare alone when supply meets demand", () => {
    expect(surge(1000, 5, 10)).toBe(1000);
  });
});

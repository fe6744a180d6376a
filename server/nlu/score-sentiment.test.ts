import { describe, expect, it } from "vitest";
import { scoreSentiment } from "./score-sentiment";

describe("scoreSentiment", () => {
  it.each([
    ["thank you so much, that was great", (score: number) => score > 0.3],
    ["where is my order", (score: number) => score === 0],
    ["my parcel is lost", (score: number) => score < 0 && score > -0.65],
    ["this is ridiculous", (score: number) => score <= -0.7],
    ["worst service ever", (score: number) => score <= -0.7],
  ])("%s", (text, check) => {
    expect(check(scoreSentiment(text))).toBe(true);
  });

  it("shouting pushes the score down", () => {
    expect(scoreSentiment("my order is late!!")).toBeLessThan(scoreSentiment("my order is late"));
  });

  it("stays within -1 … 1, rounded to hundredths, on long or empty text", () => {
    for (const text of ["", "awful ".repeat(2000), "WORST!!! ".repeat(500), "wonderful ".repeat(2000)]) {
      const score = scoreSentiment(text);
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThanOrEqual(1);
      expect(Math.round(score * 100) / 100).toBe(score);
    }
  });
});

import { describe, expect, it } from "vitest";
import { trainingDigest } from "../../../bench/escalation-sets";
import { escalationWeights } from "./escalation-weights";
import { RULES_ONLY, shippedEscalationModel } from "./escalation-model";
import { DIMENSIONS, featurize } from "./featurize";
import { predictLogistic, trainLogistic } from "./train-logistic";

describe("the learned escalation heads", () => {
  it("were trained on the training data as it is now (npm run train:escalation after editing a *train*.tsv)", () => {
    expect(escalationWeights.trainedOn).toBe(trainingDigest());
  });

  it("decode to probabilities, with thresholds between 0 and 1", () => {
    const model = shippedEscalationModel();
    for (const head of ["human", "upset", "urgent"] as const) {
      const probability = model.probability(head, "where is my order");
      expect(probability).toBeGreaterThanOrEqual(0);
      expect(probability).toBeLessThanOrEqual(1);
      const { decide, hint, veto } = model.thresholds(head);
      expect(hint).toBeLessThanOrEqual(decide);
      expect(veto).toBeLessThan(hint);
    }
    expect(RULES_ONLY.probability("upset", "you're useless")).toBe(0);
  });

  it("hash any text, however odd, into the feature space", () => {
    for (const text of ["", "   ", "constructor __proto__", "😡😡😡", "A".repeat(5000)]) {
      const { indices, value } = featurize(text);
      expect(indices.every((index) => index >= 0 && index < DIMENSIONS)).toBe(true);
      expect(Number.isFinite(value)).toBe(true);
    }
  });

  it("train deterministically and learn a separable toy problem", () => {
    const examples = [
      ...["this is useless", "you are useless", "so useless", "useless bot"].map((text) => ({ text, positive: true })),
      ...["where is my order", "my order number", "order status", "track my order"].map((text) => ({ text, positive: false })),
    ];
    const first = trainLogistic(examples);
    const second = trainLogistic(examples);
    expect(first.weights).toEqual(second.weights);
    expect(predictLogistic(first, "useless")).toBeGreaterThan(0.5);
    expect(predictLogistic(first, "order")).toBeLessThan(0.5);
  });
});

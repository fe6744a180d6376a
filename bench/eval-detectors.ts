import { detectFrustration } from "../server/nlu/detect-frustration";
import { detectLanguage } from "../server/nlu/detect-language";
import { detectHumanRequest } from "../server/nlu/detect-human-request";
import { shippedEscalationModel, type EscalationModel } from "../server/nlu/learned/escalation-model";

/** The detectors npm run eval:nlu measures, with the shipped learned model or another (cross-validation folds, rules only). */
export function detectorsWith(model: EscalationModel = shippedEscalationModel()) {
  return {
    human: (text: string) => detectHumanRequest(text, model),
    upset: (text: string) => detectFrustration(text, detectLanguage(text), model).score >= 0.5,
  };
}

export const detectors = detectorsWith();

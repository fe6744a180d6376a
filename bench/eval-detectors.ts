import { detectFrustration } from "../server/nlu/detect-frustration";
import { detectLanguage } from "../server/nlu/detect-language";
import { detectHumanRequest } from "../server/nlu/detect-human-request";

/** The detectors npm run eval:nlu measures. */
export const detectors = {
  human: (text: string) => detectHumanRequest(text),
  upset: async (text: string) => detectFrustration(text, detectLanguage(text)).score >= 0.5,
};

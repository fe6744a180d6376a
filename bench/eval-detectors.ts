import { detectHumanRequest } from "../server/nlu/detect-human-request";
import { scoreSentiment } from "../server/nlu/score-sentiment";

/** The detectors npm run eval:nlu measures: the human-request detector, and the sentiment trigger at its default threshold. */
export const detectors = {
  human: (text: string) => detectHumanRequest(text),
  upset: async (text: string) => scoreSentiment(text) <= -0.65,
};

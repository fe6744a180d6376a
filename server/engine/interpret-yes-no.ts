const YES =
  /^(y|ya|yah|yeah|yep|yup|yes|yes please|sure|ok|okay|it did|that helped|helped|perfect|great|thanks|thank you|correct|please do|go ahead|si|sí|claro|vale|oui|ouais|d'accord|ja|jawohl|gerne|sim|pode ser)\b/;
const NO = /^(n|no|nope|nah|not really|no thanks|no thank you|didn'?t|did not|it didn'?t|not helpful|that didn'?t help|wrong|non|nein|não|nao)\b/;

/** Reads a yes/no reply, typed or pressed ("yes"/"no" choice ids). */
export function interpretYesNo(answer: { text: string; choiceId: string | null }): boolean | null {
  if (answer.choiceId === "yes") return true;
  if (answer.choiceId === "no") return false;
  const text = answer.text
    .trim()
    .toLowerCase()
    .replace(/[!.?,]+/g, "");
  if (NO.test(text)) return false;
  if (YES.test(text)) return true;
  return null;
}

export const yesNoChoices = (yes = "Yes", no = "No") => [
  { id: "yes", label: yes },
  { id: "no", label: no },
];

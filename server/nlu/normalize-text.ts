// A Map, not an object literal: a customer's word is the key, and "constructor" must not find Object.prototype's.
const SHORT_FORMS = new Map<string, string>(
  Object.entries({
    pls: "please",
    plz: "please",
    plse: "please",
    pleas: "please",
    pleeease: "please",
    pleease: "please",
    u: "you",
    ur: "your",
    r: "are",
    ya: "you",
    ppl: "people",
    sum1: "someone",
    some1: "someone",
    sumone: "someone",
    wanna: "want to",
    gimme: "give me",
    lemme: "let me",
    gotta: "got to",
    im: "i am",
    "i'm": "i am",
    id: "i would",
    "i'd": "i would",
    cant: "cannot",
    "can't": "cannot",
    dont: "do not",
    "don't": "do not",
    wont: "will not",
    "won't": "will not",
    "isn't": "is not",
    isnt: "is not",
    "doesn't": "does not",
    doesnt: "does not",
    "didn't": "did not",
    didnt: "did not",
    thx: "thanks",
    ty: "thanks",
    rep: "representative",
    reps: "representatives",
    cs: "customer service",
    csr: "representative",
    asap: "now",
    rn: "now",
    tlk: "talk",
    spk: "speak",
    cal: "call",
    hmn2: "human",
    smth: "something",
    pers: "person",
    hooman: "human",
    humaan: "human",
    hmn: "human",
  }),
);

/** Lower-cases, drops punctuation and expands chat short forms ("human pls" → "human please"). */
export function normalizeText(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.flatMap((word) => (SHORT_FORMS.get(word) ?? word.replace(/'/g, "")).split(" ")).filter(Boolean);
}

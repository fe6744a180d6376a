import { correctTypos } from "./correct-typos";
import { de } from "./cues/de";
import { es } from "./cues/es";
import { fr } from "./cues/fr";
import { pt } from "./cues/pt";
import { detectLanguage } from "./detect-language";
import { foldText } from "./fold-text";
import { shippedEscalationModel, type EscalationModel } from "./learned/escalation-model";
import { normalizeText } from "./normalize-text";

/**
 * The built-in "wants a person" detector, used on every customer message.
 * Rules rather than a trained model: escalation must be predictable, must
 * survive typos and chat slang, and must not fire on look-alikes such as
 * "travel agent" or "human resources". English goes through typo correction
 * and the rules below; Spanish, French, German and Portuguese through the
 * rules in cues/<language>.ts on folded text. `npm run eval:nlu` measures it.
 */

const PEOPLE = [
  "human",
  "humans",
  "person",
  "people",
  "agent",
  "agents",
  "representative",
  "representatives",
  "operator",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "staff",
  "supervisor",
  "manager",
  "advisor",
  "adviser",
  "employee",
  "colleague",
  "humanbeing",
  "man",
  "woman",
  "guy",
  "lady",
  "associate",
  "specialist",
  "technician",
  "consultant",
  "executive",
  "executives",
  "rep",
  "reps",
];
const VERBS = [
  "talk",
  "speak",
  "chat",
  "connect",
  "transfer",
  "put",
  "get",
  "give",
  "want",
  "need",
  "reach",
  "contact",
  "escalate",
  "hand",
  "pass",
  "switch",
  "send",
  "forward",
  "redirect",
  "route",
  "bring",
  "find",
  "like",
  "prefer",
  "request",
  "demand",
  "let",
  "can",
  "could",
  "may",
  "talking",
  "speaking",
  "chatting",
  "connected",
  "transferred",
];
const BOTS = ["bot", "bots", "robot", "robots", "machine", "automated", "ai", "chatbot", "computer", "script", "algorithm"];
const VOCABULARY = [
  ...PEOPLE,
  ...VERBS,
  ...BOTS,
  "real",
  "live",
  "actual",
  "call",
  "phone",
  "ring",
  "callback",
  "customer",
  "service",
  "support",
  "please",
  "member",
  "team",
  "escalation",
  "transfer",
  "useless",
  "someone",
  "representative",
];
/** Common words the typo corrector must not "fix" into people words. */
const DICTIONARY = new Set([
  "person",
  "personal",
  "persona",
  "being",
  "touch",
  "want",
  "went",
  "what",
  "that",
  "then",
  "than",
  "this",
  "them",
  "they",
  "have",
  "hand",
  "band",
  "land",
  "send",
  "sent",
  "rest",
  "test",
  "text",
  "next",
  "post",
  "past",
  "part",
  "port",
  "card",
  "cart",
  "care",
  "case",
  "cash",
  "call",
  "cell",
  "tell",
  "well",
  "will",
  "wall",
  "mall",
  "ball",
  "bill",
  "fill",
  "feel",
  "fell",
  "real",
  "read",
  "ready",
  "deal",
  "dear",
  "team",
  "tear",
  "term",
  "time",
  "line",
  "live",
  "life",
  "like",
  "link",
  "give",
  "gift",
  "need",
  "seed",
  "feed",
  "agree",
  "agreed",
  "agency",
  "agenda",
  "urgent",
  "event",
  "gentle",
  "manage",
  "managed",
  "manages",
  "humane",
  "human",
  "humor",
  "humid",
  "operate",
  "operation",
  "staffed",
  "stuff",
  "stuck",
  "speaker",
  "sneak",
  "speed",
  "speech",
  "talks",
  "talked",
  "walk",
  "chats",
  "cheat",
  "chart",
  "track",
  "trace",
  "trade",
  "store",
  "phones",
  "phoned",
  "photo",
  "ringing",
  "string",
  "bring",
  "brings",
  "bought",
  "boot",
  "both",
  "about",
  "above",
  "supper",
  "supply",
  "sport",
  "report",
  "repeat",
  "reply",
  "replied",
  "mean",
  "means",
  "many",
  "menu",
  "money",
  "month",
  "mention",
  "anything",
  "anywhere",
  "somewhere",
  "something",
  "sometimes",
  "someday",
  "somehow",
  "pass",
  "password",
  "passes",
  "passed",
  "process",
  "promise",
  "printer",
  "print",
  "person's",
  "actually",
  "parcel",
  "parcels",
  "order",
  "orders",
  "refund",
  "refunds",
  "invoice",
  "invoices",
  "delivery",
  "account",
  "login",
  "email",
  "address",
  "number",
  "please",
  "thanks",
  "thank",
  "hello",
  "hours",
  "open",
  "opening",
  "closed",
  "close",
  "cancel",
  "change",
  "update",
  "reset",
  "help",
  "issue",
  "problem",
  "broken",
  "working",
  "works",
  "work",
  "still",
  "again",
  "wrong",
  "right",
  "technical",
  "technically",
]);

/** Phrases where a people word is not a request for a person. */
const LOOK_ALIKES = [
  /\b(travel|estate|insurance|secret|free|sports|literary|booking|shipping|customs|ticket|transfer|rental|letting|real estate|user|double|fbi|cia|special|undercover|chemical|cleaning|bleaching) agents?\b/,
  /\bagents? (of|orange|smith|provocateur)\b/,
  /\bhuman (resources|rights|error|nature|body|being rights|trafficking|race|genome|centipede|league)\b/,
  /\bhr (department|team|person|manager)\b/,
  /\bin person\b/,
  /\bhuman readable\b/,
  /\bper person\b/,
  /\bfirst person\b/,
  /\bdelivery (man|person|guy|driver)\b/,
  /\bcontact person (for|on) (my|the) (account|invoice|order)\b/,
  /\b(property|account|project|product|hiring|office|line|store|branch|bank|campaign|event|case) manager (at|of|for|on|is|was|said|told|approved)\b/,
  /\b(my|our|the|their|his|her) (agent|representative|manager|supervisor) (is|was|said|told|has|already|approved)\b/,
  /\b(are|r) you (a )?(human|real|person|bot|robot|real person)\b(?!.*\b(want|need|talk|speak)\b)/,
  // A topic, not a person: "I want to talk about my subscription", "can we chat about pricing".
  /\b(talk|speak|chat|talking|speaking|chatting) (about|regarding)\b/,
  /\bcall (of duty|center hours|centre hours)\b/,
  // Feedback about an agent who already helped: "leave feedback for the agent who helped me".
  /\b(feedback|review|thanks|compliment) (for|to) (the|your) (agent|person|colleague|representative) (who|that)\b/,
  /\bphone (case|charger|number for|bill|screen|model|app)\b/,
  // Round 3. Someone who already helped or called: "one of your agents helped me loads yesterday", "someone from your team called me".
  /\b(one of your|your) (agents|agent|colleagues|colleague|staff|people|reps?|team) (\w+ )?(helped|was|were|called|said|told|rang)\b/,
  /\b(someone|somebody) from (your|the) (team|company|support) (called|rang|emailed|phoned)\b/,
  // Another person as a recipient or a size, not as a helper: "put another person as the recipient", "a person-sized sleeping bag".
  /\b(another|other|a different) person (as|to|for|on)\b|\bperson sized\b/,
  // The customer's own people: "I need to speak to my manager before I order".
  /\b(talk|speak|check|chat) (to|with) my (manager|boss|wife|husband|partner|accountant|team|colleague)s?\b/,
  // Someone already spoken to: "I spoke to someone yesterday and they fixed it".
  /\b(spoke|talked|chatted) (to|with) (someone|somebody|an agent|a person|one of your \w+) (yesterday|this morning|last week|earlier|before)\b/,
  // Round 4. A job, not a person now: "where do I send my CV for the customer service advisor role".
  /\b(agent|advisor|adviser|representative|rep|executive|consultant|specialist) (role|position|job|vacancy|vacancies|jobs|roles|opening)s?\b/,
  // A slot or an option, not a call now: "can I book a call slot for installation", "a call option at checkout".
  /\bcall (slot|option|button)s?\b/,
];

/** Look-alikes that are common inside real requests too ("I need people who know", "can someone who can sign help"): removed, but they do not keep the learned head from deciding. */
const PASSING_LOOK_ALIKES = [
  /\bpeople (who|that|are|were|say|said|in|on|like)\b/,
  /\bsomeone (else )?(stole|took|used|hacked|ordered|signed|logged|else's)\b/,
  /\b(anyone|anybody|somebody|someone) (can|could) (sign|log|see|access|use|open|order|pick|collect|receive|track)\b/,
];

const PEOPLE_WORD = `(${PEOPLE.join("|")})`;
const REQUEST_PHRASES = [
  // "talk/speak/chat to|with a person", "transfer me to an agent", "contact a human"
  new RegExp(
    `\\b(talk|speak|chat|talking|speaking|chatting|connect|connected|transfer|transferred|put|pass|hand|send|forward|redirect|route|switch|escalate|escalated|bring|reach|contact|touch)\\b.*\\b${PEOPLE_WORD}\\b`,
  ),
  // "I want / need / give me / get me a human"
  new RegExp(
    `\\b(want|need|give me|get me|find me|get|find|like|prefer|request|demand|have|bring)\\b (to (talk|speak|chat) (to|with) )?(a |an |the |some |your |one of your |a few )?(real |live |actual |proper |human )?${PEOPLE_WORD}\\b`,
  ),
  /\b(real|live|actual|proper|flesh and blood|breathing|living) (human|person|people|agent|one|representative|operator|being|humanbeing)\b/,
  /\b(human|real) (support|help|assistance|service|chat|contact)\b/,
  /\blive (support|help|assistance|person|operator)\b/,
  /\b(want|need|start|open|get|give me|connect me to|go to) (a |the )?live chat\b/,
  /\b(human|humans|agent|person|representative|operator|human being) (please|now|yes|asap)\b/,
  /\bplease,? (a |an )?(human|agent|person|representative|operator)\b/,
  /\b(customer|client) (service|support|care|care team|services) (please|now|agent|representative|person|team)\b/,
  /^(please )?(escalate|escalation)\b/,
  /\b(escalate|escalated) (this|it|my|to|me|the issue|the problem|please)\b/,
  /\b(want|need|like|can|could|please) (\w+ ){0,3}escalat/,
  /\b(transfer|connect) me\b/,
  new RegExp(
    `\\b(no|not|stop|enough|hate|done with|sick of|tired of|fed up with|quit|without|instead of|rather than|other than|not a|not another|over this|this stupid|stupid|useless|dumb|pointless|want to talk to a|want to chat with a|want to speak to a) .*\\b(${BOTS.join("|")})\\b`,
  ),
  new RegExp(
    `\\b(${BOTS.join("|")})\\b.*\\b(useless|stupid|dumb|not helping|doesnt help|does not help|not working|pointless|not understanding|dont understand|do not understand|does not understand|doesnt understand|cannot help)\\b`,
  ),
  /\bis there (a|an|any|some) (human|person|people|real|actual|live|agent|representative|one|body)\b/,
  /\bis there (someone|somebody|anyone|anybody|a person|a human)\b.*\b(talk|speak|chat|help)\b/,
  /\b(any|some) (humans|people|agents|persons|one|body) (around|there|here|available|online|real)\b/,
  new RegExp(`\\b${PEOPLE_WORD}\\b (\\w+ ){0,4}(i|we) (can|could) (talk|speak|chat) (to|with)\\b`),
  /\b(can|could) (someone|somebody|anyone|anybody) (please )?(help|assist)\b/,
  /\b(anyone|anybody|someone|somebody) (there|here|real|human|alive|available|at all|please|who can help|from support|from your team|from the team)\b/,
  /\bhello\b.*\b(anyone|anybody|somebody|someone)\b/,
  /\bi (want|need|would like|demand|insist on|prefer) (to )?(talk|speak|chat) (to|with) (you|your) (boss|manager|supervisor|team|staff|people|colleague)/,
  /\b(talk|speak|chat) (to|with) (a|an|the|your|some)?\s?(boss|support team|team member|member of staff|staff member|customer service|customer care|support staff|help desk|helpdesk|person|human)\b/,
  // Asking whether a person could do it: "would a human be able to look at this?", "can a staff member help".
  /\b(would|could|can|will|might) (a|an|one of your|some|a real|an actual) (human|person|staff member|member of staff|agent|employee|representative|specialist|colleague)\b.*\b(help|look|check|assist|review|take|handle|deal|sort)\b/,
  // Whether people exist or work there: "are there any humans working today?", "is anyone actually working", "anyone home?", "are you guys even staffed".
  /\b(are|is|r) (there )?(any |some |real |actual )?(humans|people|persons|staff|agents|anyone|anybody|someone|somebody) (actually |even |still )?(working|behind|available|online|around|reading|here|home|on duty)\b/,
  /\b(anyone|anybody) home\b|\b(are|r) (you|u) (guys |guy |people |lot )?(even |actually )?staffed\b/,
  // Preferring a person: "I'd rather deal with a person".
  /\b(rather|prefer to) (deal|talk|speak|chat|work) with (a |an |some )?(real )?(person|human|someone|somebody|agent|people)\b/,
  // A person to be available: "is there a support agent available".
  /\bis there (a|an|any) (\w+ )?(agent|person|human|representative|staff member|advisor|operator) (available|online|free|around)\b/,
  // "could I have a word with someone", "let me talk to them" after "who's in charge".
  /\bhave a word with (someone|somebody|a person|an agent|a manager|a human|your manager)\b|\b(who s|whos|who is) in charge\b/,
  // Whoever handles it: "I'd like to speak to whoever handles refunds".
  /\b(talk|speak|chat) (to|with) whoever\b/,
  // Who to talk to: "who can I talk to about this?", "who do I speak to about a damaged item".
  /\bwho (can|do|should|could|would) (i|we) (talk|speak|chat) (to|with)\b/,
  // A department or team: "I want to talk to the billing department", "need tech support person".
  /\b(talk|speak|chat) (to|with) (the|your|a|someone in|someone from) (\w+ )?(department|dept|team)\b/,
  /\b(tech|technical|customer) support (person|agent|rep|representative|staff)\b/,
  // Round 2 kinds: "can one of your people take a look", "does a human ever look at these", "is your team online", "put me through to the right department".
  // Round 3: a person to discuss it with, talk it through, "a person would be great": "is there someone I could discuss it with?",
  // "can I talk it through with someone from your team", "would it be possible to have a member of staff review my claim?".
  /\b((someone|somebody|a person|a human|a member of staff|an employee|a staff member) (i|we) (could|can|might) (discuss|talk|go over|speak|run)|(talk|go|run) (it|this|that) (through|over|by) with (someone|somebody|a person|a human)|a (real )?(person|human) would be (great|better|good|nice|ideal|helpful)|(a member of staff|a staff member|an employee|a person|a human) (to )?(review|check|look at|look into)\b)/,
  // Round 3, chat speak: "is a team member around to help". Not "a human-readable version".
  /\b(is|are) (a|any) (team member|member of staff|staff member|support person)s? (around|about|there|free|online)\b/,
  // Round 3: "are your advisors available today?", "I want a real point of contact", "can a colleague of yours take over", "lemme speak to someone".
  /\b((is|are) (your|the|any) (advisors?|advisers?|reps?|representatives?|consultants?|specialists?|people) (available|online|around|in|working)|(real |human )?point of contact|colleague of yours (take|help|look)|lemme (talk|speak|chat) to)\b/,
  /\b(one of your (people|team|staff|colleagues|agents)|(does|do|will|would) (a|an|any) (human|person|real person|staff member) (ever |actually |even )?(look|read|see|check)|(is|are) (your|the) (team|staff|agents|support team|people) (online|available|around|in|there|working)|put me through to\b)/,
  // Round 4, formal and Indian English: "kindly connect me with the concerned person", "please arrange for an executive to assist me",
  // "a member of your accounts team could get in touch", "connected with your claims department", "a named contact I could deal with".
  /\b(concerned (person|team|department|executive|authority)|arrange (for )?(a|an|some) (executive|person|agent|representative|someone)|member of (your|the) (\w+ )?team (could|can|to|would)|(connected|put through|transferred) (with|to) (your|the) \w+ (department|team|dept)|(named|dedicated|single|direct) (contact|point of contact|person))\b/,
  // Round 4, stories that end in a request: "I'd really appreciate having one person own this", "could somebody on your technical side look at it",
  // "I'd rather go over it with someone", "someone who can walk me through it", "who do I need to speak with".
  /\b((person|someone|somebody) (to )?own (this|it|my case)|(someone|somebody|anyone) (on|from|at) (your|the) (end|side|technical side|tech side|tech team)|go over (it|this|that) with (someone|somebody|a person|a human)|(someone|somebody) who can (walk|talk) me through|who (do|should|can|would) (i|we) need to (talk|speak|chat))\b/,
];
const CALLBACK_PHRASES = [
  /\b(call|ring|phone) me\b/,
  /\b(call|ring|phone) (me )?back\b/,
  /\bcallback\b/,
  /\b(have|get|can|could|would) (someone|somebody|an agent|a person|a human|you|anyone|one of your team) (to )?(call|ring|phone)\b/,
  /\b(give|gimme) me a (call|ring|phone call)\b/,
  /\b(want|need|like|request|arrange|schedule|book|prefer|rather have) (a|to get a|to schedule a|to book a) (call|phone call|callback|call back)\b/,
  /\b(speak|talk) (to|with) (someone|somebody|a person|a human|an agent) (on|over|by) the phone\b/,
  /\bphone call (please|instead|would be better)\b/,
];
/** Questions about calls that already happened or that a courier makes. */
const CALLBACK_LOOK_ALIKES =
  /\b(courier|driver|delivery|why did you|did you|you called|called me|will they|does the|stop calling|missed a call|call (slot|option|button)s?)\b/;
const SHORT_MESSAGE_PEOPLE = new Set([
  ...PEOPLE.filter((w) => !["man", "woman", "guy", "lady", "people", "anyone", "anybody", "someone", "somebody"].includes(w)),
  "support",
  "operator",
]);
const SHORT_ALLOWED = new Set([
  "stop",
  "please",
  "now",
  "a",
  "an",
  "the",
  "real",
  "live",
  "actual",
  "human",
  "agent",
  "person",
  "representative",
  "need",
  "want",
  "hello",
  "hi",
  "hey",
  "help",
  "customer",
  "service",
  "talk",
  "speak",
  "to",
  "with",
  "me",
  "i",
  "give",
  "get",
  "yes",
  "ok",
  "urgent",
  "asap",
  "operator",
  "supervisor",
  "manager",
  "staff",
  "support",
  "someone",
  "somebody",
  "pls",
  "just",
  "only",
  "chat",
  "one",
  "being",
]);
const NEGATED =
  /\b(do not|dont|no need|never|not) (want|need|wish|like)?\s?(to )?(talk|speak|chat|a human|a person|an agent|human|agent|person|transfer|escalate|call|a call|a callback|a phone call)\b(?!.*\b(bot|bots|robot|machine|chatbot|automated)\b)/;
const NEGATED_NO_NEED = /\bno need (for|to) (a |an )?(human|person|agent|call|transfer|escalate)/;

const OTHER_LANGUAGES = [es, fr, de, pt];

/** What the rules found: a request, a refusal ("none"), only a look-alike, or nothing. */
type Verdict = "human" | "callback" | "none" | "look-alike" | null;

/** The Spanish, French, German and Portuguese rules on folded text; "none" when a person is explicitly not wanted. */
function detectInOtherLanguages(text: string): Verdict {
  const folded = foldText(text);
  if (OTHER_LANGUAGES.some((language) => language.negated?.some((pattern) => pattern.test(folded)))) return "none";
  const cleaned = OTHER_LANGUAGES.reduce(
    (current, language) => language.lookAlikes?.reduce((rest, pattern) => rest.replace(pattern, " "), current) ?? current,
    folded,
  );
  if (OTHER_LANGUAGES.some((language) => language.callback?.some((pattern) => pattern.test(cleaned)))) return "callback";
  if (OTHER_LANGUAGES.some((language) => language.humanRequest?.some((pattern) => pattern.test(cleaned)))) return "human";
  return cleaned === folded ? null : "look-alike";
}

/**
 * "human" for a person now, "callback" for a phone call later, null for anything else.
 * The rules decide first (a callback, a refusal such as "no need for an agent"); a message they do not
 * place goes to the learned head (see learned/), which catches the indirect phrasings the rules lack.
 */
export function detectHumanRequest(text: string, model: EscalationModel = shippedEscalationModel()): "human" | "callback" | null {
  if (text.length > 600) text = text.slice(0, 600);
  // English typo correction turns French "passe le technicien" into "pass … technician": only for English or unknown text.
  const language = detectLanguage(text);
  const english = language === null || language === "en" ? detectInEnglish(text) : null;
  if (english === "human" || english === "callback") return english;
  const other = english === "none" ? "none" : detectInOtherLanguages(text);
  if (other === "human" || other === "callback") return other;
  // A refusal or a look-alike the rules recognised is not second-guessed by the learned head.
  if (other === "none" || other === "look-alike" || english === "look-alike") return null;
  return model.probability("human", text) >= model.thresholds("human").decide ? "human" : null;
}

/** The English rules; "none" when a person is explicitly not wanted, "look-alike" when only a look-alike ("travel agent", "talk about") was found. */
function detectInEnglish(text: string): Verdict {
  const words = correctTypos(normalizeText(text), VOCABULARY, DICTIONARY);
  if (words.length === 0) return null;
  const sentence = words.join(" ");
  if (NEGATED.test(sentence) || NEGATED_NO_NEED.test(sentence)) return "none";
  if (!CALLBACK_LOOK_ALIKES.test(sentence) && CALLBACK_PHRASES.some((pattern) => pattern.test(sentence))) return "callback";
  const specific = LOOK_ALIKES.reduce((current, pattern) => current.replace(pattern, " "), sentence);
  const cleaned = PASSING_LOOK_ALIKES.reduce((current, pattern) => current.replace(pattern, " "), specific);
  if (REQUEST_PHRASES.some((pattern) => pattern.test(cleaned))) return "human";
  // Short messages that are just a people word: "agent", "human pls", "representative!!", "real person now".
  if (words.length <= 5 && words.every((word) => SHORT_ALLOWED.has(word) || SHORT_MESSAGE_PEOPLE.has(word))) {
    if (words.some((word) => SHORT_MESSAGE_PEOPLE.has(word)) && cleaned.trim().length > 0) return "human";
    if (/\bcustomer service\b/.test(sentence)) return "human";
  }
  return specific === sentence ? null : "look-alike";
}

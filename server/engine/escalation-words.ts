export interface EscalationWords {
  frustrated: string;
  urgent: string;
  offer: string;
  yes: string;
  no: string;
  carryOn: string;
}

/** The bot's own words around an escalation, in the customer's language when it is one of these (English otherwise). */
const WORDS: Record<"en" | "es" | "fr" | "de" | "pt", EscalationWords> = {
  en: {
    frustrated: "I'm sorry this is frustrating.",
    urgent: "I understand this is urgent.",
    offer: "Would you like to talk to a person?",
    yes: "Yes, a person please",
    no: "No, carry on",
    carryOn: "No problem — let's keep going.",
  },
  es: {
    frustrated: "Siento mucho que esto esté siendo frustrante.",
    urgent: "Entiendo que es urgente.",
    offer: "¿Quieres hablar con una persona?",
    yes: "Sí, con una persona",
    no: "No, sigamos",
    carryOn: "De acuerdo, sigamos.",
  },
  fr: {
    frustrated: "Je suis désolé que ce soit si frustrant.",
    urgent: "Je comprends que c'est urgent.",
    offer: "Voulez-vous parler à une personne ?",
    yes: "Oui, une personne",
    no: "Non, continuons",
    carryOn: "D'accord, continuons.",
  },
  de: {
    frustrated: "Es tut mir leid, dass das so frustrierend ist.",
    urgent: "Ich verstehe, dass es dringend ist.",
    offer: "Möchten Sie mit einem Menschen sprechen?",
    yes: "Ja, bitte einen Menschen",
    no: "Nein, weiter",
    carryOn: "Gut, machen wir weiter.",
  },
  pt: {
    frustrated: "Sinto muito que isso esteja sendo frustrante.",
    urgent: "Entendo que é urgente.",
    offer: "Quer falar com uma pessoa?",
    yes: "Sim, uma pessoa",
    no: "Não, continuar",
    carryOn: "Tudo bem, vamos continuar.",
  },
};

export function escalationWords(language: string | null): EscalationWords {
  return language && Object.hasOwn(WORDS, language) ? WORDS[language as keyof typeof WORDS] : WORDS.en;
}

/**
 * Sentences that belong to no intent, trained as nlp.js's None class so that
 * unrelated messages score low instead of landing on the nearest intent.
 */
export const noneExamples = [
  "what is the weather like today",
  "tell me a joke",
  "who won the football last night",
  "what is the meaning of life",
  "do you like pizza",
  "how old are you",
  "what is your name",
  "sing me a song",
  "the sky is blue",
  "I like turtles",
  "what time is it in Tokyo",
  "recommend a good film",
  "how tall is the eiffel tower",
  "banana",
  "asdfgh",
  "lorem ipsum dolor",
  "my cat is sleeping",
  "can you write a poem",
  "what is two plus two",
  "good night",
];

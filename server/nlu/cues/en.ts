import { MEDIUM, STRONG, WEAK, type LanguageCues } from "./cue-rule";

/** English frustration and urgency cues (the human-request rules for English live in detect-human-request.ts). */
export const en: LanguageCues = {
  frustration: [
    // Giving up: "forget it", "I give up", "I'm done" (not "I'm done with my order" or "done, thanks").
    { kind: "giving_up", weight: STRONG, pattern: /\b(i give up|giving up|forget it|forget about it|i quit|not worth it)\b/ },
    {
      kind: "giving_up",
      weight: STRONG,
      pattern: /\b(i m|im|i am) (so |totally |completely |just )?done\b(?! with (my|the|your|this) (order|payment|form|checkout|purchase|return))/,
    },
    { kind: "giving_up", weight: MEDIUM, pattern: /\b(whatever|never ?mind|meh)\b/ },
    // Blame and insults aimed at the service: "you're useless", "this bot is pointless", "what a joke".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(useless|uselss|usless|pointless|incompetent|pathetic|garbage|trash|rubbish|stupid|dumb|idiots?|idiotic|worst|a joke|bullshit|scam\w*|theft|thieves|rip ?off)\b/,
    },
    { kind: "insult", weight: MEDIUM, pattern: /\b(terrible|awful|horrible|horrendous|appalling|shocking|crap|crappy|disgusting|lousy)\b/ },
    // Negated help: "you're not helping", "that didn't help", "no help", "unhelpful".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(not|isn t|isnt|is not|wasn t|wasnt|didn t|didnt|did not|doesn t|doesnt|does not|don t|dont|never|no|nt) (really |even |at all |one bit )?(help|helps|helping|helpful|helped)\b|\b(no help|unhelpful|of no use)\b/,
    },
    // Nothing works / still broken: "nothing works", "still not working", "never works", "why won't it work".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(nothing (is |ever )?(works?|working|worked)|never works|still (not|isn t|isnt|doesn t|doesnt|won t|wont|broken|no) ?(work|working|works|fixed)?|(doesn t|doesnt|does not|isn t|not) work(ing)? (again|at all|still)|why (won t|wont|doesn t|doesnt|does nothing|is nothing) (it )?(just )?work)\b/,
    },
    // Repetition: "same wrong answer", "you already said that", "third time", "how many times", "I keep getting the same error" (not "I keep getting a notification").
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(same (wrong |useless |stupid )?(answer|reply|response|error|article|message|link|thing over)|already (said|told|asked|explained|tried)|(said|told|asked|explained) (this |that |it |you )?already|(second|third|fourth|fifth|2nd|3rd|4th|5th) time|how many times|over and over|again and again|not again|wrong again|keep (getting (the same|an? error|errors|told|charged|logged out|kicked out|cut off)|giving|sending|saying|telling|asking))\b/,
    },
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(asked|told|said|contacted|written|wrote|called|emailed|explained|tried|messaged) .*\b(three|four|five|six|several|many|multiple|\d+) times\b/,
    },
    { kind: "repetition", weight: STRONG, pattern: /\b(still waiting|still no (reply|answer|response|refund|update|news))\b/ },
    {
      kind: "repetition",
      weight: MEDIUM,
      pattern: /\b((broken|crashed|down|failed|failing|late|wrong|stuck) again|still no (reply|answer|response|refund|update|news))\b/,
    },
    { kind: "repetition", weight: WEAK, pattern: /\b(again|still)\b/ },
    // Time and effort spent: "I've been trying for hours", "all morning", "tried everything".
    {
      kind: "waiting",
      weight: STRONG,
      pattern:
        /\b((trying|tried|waiting|waited|been at (this|it)|on this|spent) .*\b(hours|ages|days|weeks|months|all (day|morning|afternoon|evening|week))|spent (all|the whole) (morning|day|afternoon|evening|week)|tried everything|tried all)\b/,
    },
    {
      kind: "waiting",
      weight: MEDIUM,
      pattern: /\b((for|since) (hours|ages|days|weeks|months)|(it s|its|it has|been) (\d+|two|three|four|several|many) (days|weeks|months|hours))\b/,
    },
    // Feelings said outright: "so frustrating", "I'm furious", "fed up", "at my wits' end".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(frust\w*|angry|furious|livid|fuming|pissed|fed up|sick of|tired of|had it with|at my wits end|losing my mind|driving me (crazy|mad|nuts|insane)|can t take (this|it) any ?more|desperate|hopeless|unacceptable|outrageous|waste of (my |our )?time|ridiculous|absurd|disgrace\w*|(so|really|very|extremely|totally) (annoyed|annoying|disappointed|mad))\b/,
    },
    { kind: "anger", weight: MEDIUM, pattern: /\b(annoy\w*|disappoint\w*|unbelievable|seriously|ugh+|argh+|grr+|omg|come on|smh)\b/ },
    // Helplessness: "I don't know what else to do", "I'm lost".
    { kind: "anger", weight: STRONG, pattern: /\b(don t|dont|do not) know what (else )?to do|no idea what to do|(i m|im|i am) (so |completely )?lost\b/ },
    // Shock and disbelief: "are you kidding me", "you must be joking", "how hard can it be".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(are you (kidding|serious|joking)|got to be kidding|kidding me|must be joking|how hard can it be|why is (this|it) so (difficult|hard|complicated))\b/,
    },
    // Profanity: "wtf", "ffs", "what the hell", "damn app" (not "hell yeah").
    { kind: "profanity", weight: STRONG, pattern: /\b(wtf|ffs|fuck\w*|shit\w*|what the hell|the hell|bloody|goddamn)\b/ },
    { kind: "profanity", weight: MEDIUM, pattern: /\b(damn|dammit|hell)\b(?! yeah)/ },
    // Being ignored or misunderstood: "nobody answers", "are you even listening", "that's not what I asked".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b((no ?one|nobody) (ever |is )?(answers|replies|helps|helping|responds|cares|tells|gets back)|why is (nobody|no one)|are you (even )?listening|read what i (wrote|said|typed)|not what i (asked|said|meant|wrote)|you (don t|dont|do not) (understand|get it|listen)|don t understand anything)\b/,
    },
    { kind: "ignored", weight: MEDIUM, pattern: /\b(that s|thats|that is|this is) (wrong|not right|incorrect)\b/ },
    // What it cost them: "I'm late for work because of this", "you ruined my weekend".
    {
      kind: "consequence",
      weight: STRONG,
      pattern:
        /\b(because of (you|this|your)|thanks to you|you ruined|ruined my|missed my (flight|train|bus|appointment)|lost (a|my) (client|job|customer|flight))\b/,
    },
    // Sarcasm: "thanks for nothing", "great, just great", "so helpful... not", "brilliant, crashed again".
    {
      kind: "sarcasm",
      weight: STRONG,
      pattern:
        /\b(thanks for nothing|great just great|(helpful|helped|great|thanks|thanks a lot) not|(great|brilliant|wonderful|perfect|fantastic|lovely|nice|awesome) (another|the app (crashed|broke)|broken|it crashed|crashed|again))\b|\bnot $/,
    },
    // Threats to leave: "never buying from you again", "I'm going to cancel everything".
    {
      kind: "leaving",
      weight: STRONG,
      pattern: /\b(never (buying|ordering|shopping|using|coming back)|never again|cancel everything|regret (ever )?(ordering|buying|signing))\b/,
    },
    { kind: "leaving", weight: MEDIUM, pattern: /\bcomplaint\b/ },
    // Urgency: "urgent", "asap", "need this fixed today", "blocking our launch", "site is down", "hacked".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(urgent|urgently|urgnet|emergency|asap|as soon as possible|immediately|right away|critical|time sensitive|high priority|top priority|can t wait|cannot wait|this can t wait|hurry)\b/,
    },
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(need|needs|want|must|have to|has to|got to)\b.*\b(today|tonight|by tomorrow|by (monday|noon|tonight|the morning|end of (the )?day)|before (monday|tomorrow|noon|tonight|the weekend))\b/,
    },
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(blocking|(is|are|s|went|got) (down|offline)|production is down|outage|whole (team|company|system)|can t work|cannot work|losing (sales|money|customers|business)|deadline|hacked|stolen|fraud\w*|compromised|someone is using my (card|account)|(in|within) (\d+|an|one|two|twenty|ten) (min|mins|minutes|hours?)|starts in|right now please)\b/,
    },
    // Round 2 kinds. Going in circles and not being listened to: "we're going in circles", "you're not listening", "you never reply", "I'm being ignored".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b((going|go|went|round|around) (round |around )?in circles|you re not listening|youre not listening|you never (reply|answer|respond|listen)|(being|been) ignored|ignored my|(no one|nobody) (is )?(answering|replying|replied)|read my (message|question)|didn t (even )?answer|didnt (even )?answer|keep ignoring|(talking|talk) to a (brick )?wall|brick wall|you clearly don t care|do you even care)\b/,
    },
    // Having had enough, losing patience, getting nowhere: "I've had enough", "my patience is running out", "I'm getting nowhere".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(had enough|(lost|losing|lose) (all |my )?patience|patience is (running|wearing) (out|thin)|running out of patience|getting (me )?nowhere|(so |completely )?over (it|this)|last straw|final straw|beyond a joke|up to here|end of my rope|a nightmare|at a loss|let down|disgusted|cheated|(not|isn t|isnt) good enough|not (ok|okay) at all|this is not (ok|okay)|(very|really|extremely|so) (upset|unhappy)|not happy( at all)?|what is wrong with (you|this|your))\b/,
    },
    // It keeps failing, it got worse, nothing of it works: "it keeps crashing", "now it's worse", "none of this works".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(keeps? (failing|breaking|happening|going wrong)|now it s (even )?worse|(none|neither) of (this|these|that|your \w+) (work|works|worked|helped)|what a mess|total mess|(is|s) a mess|messed up)\b/,
    },
    // Threats to leave, to complain, to review: "I'm switching to your competitor", "I want to file a complaint", "I'll leave a bad review".
    {
      kind: "leaving",
      weight: STRONG,
      pattern:
        /\b(competitor|competition|(file|make|making|lodge|filing) a (formal )?complaint|formal complaint|(bad|negative|1 star|one star) review|report you|never (shop|order|buy|use)\w* (here|from you|this)? ?again|go(ing)? elsewhere)\b/,
    },
    // What it cost them, said another way: "this cost me a client", "I lost a whole day", "is ruined", "I missed my meeting".
    {
      kind: "consequence",
      weight: STRONG,
      pattern: /\b(cost me|lost (a|my) whole|(is|was|are) ruined|ruined (my|the|our)|missed (my|a|the) (meeting|appointment|interview|exam|train|deadline))\b/,
    },
    // Theft and blame: "you stole my money", "robbery", "you guys are clowns".
    { kind: "insult", weight: STRONG, pattern: /\b(stole my|robbery|clowns|amateurs|a disaster|disaster of a)\b/ },
    // Imperatives at the service: "sort it out", "get your act together", "just fix it already", "answer the question".
    { kind: "anger", weight: MEDIUM, pattern: /\b(sort it out|get your act together|fix it (already|now)|just fix it|answer (the|my) question|just answer)\b/ },
    // Round 2, second batch: N times explained, the umpteenth time, not getting anywhere, patience, not normal, a scandal, took my money.
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b((explained|said|told|asked|written|wrote) (this |that |it )?(ten|\d+|a dozen|a hundred|a million|countless) times|umpteenth|(hundredth|millionth|tenth|nth) time)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(not getting anywhere|patience (has|is at its) (limits?|end)|(isn t|isnt|is not|not) normal|(a |an )?(absolute )?scandal\w*|appalled|appalling|for real\?|took my money|(sent|delivered) nothing)\b/,
    },
    // Round 3. Helplessness as a question: "what else am I supposed to do", "what more do you want from me".
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\bwhat (else|more) (am i|do i have|do you want me|should i|can i) (supposed )?(to )?(do|try)\b|\bwhat more do you want\b/,
    },
    // The service judged: "never seen service this bad", "super unprofessional", "embarrassing for a company your size", "what's the point of this chat".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(never (seen|had|experienced) (customer service|service|support|a company) (this|so) bad|unprofessional|incompetent|embarrassing|shameful|a disgrace|(what s|whats|what is) the point of (this|you|talking)|is (zero|no) help|zero help|completely useless|unusable)\b/,
    },
    // Not understood or not read: "the bot just doesn't get it", "you clearly didn't read my message", "can anyone give me a straight answer".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b((bot|you|it) (just |still |clearly |really )?(doesn t|doesnt|don t|dont|does not|do not|didn t|didnt) (get it|understand|read)|a straight answer|are you (even )?reading)\b/,
    },
    // Same trouble every time: "every single time the same drama", "charged again for something I never ordered", "round and round".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(every (single )?time the same|the same (drama|story|nonsense|problem) every time|charged (me )?again|round and round)\b/,
    },
    // Threats: about to cancel, the last order, a lawyer or a regulator: "about this close to cancelling", "my lawyer will hear about this".
    {
      kind: "leaving",
      weight: STRONG,
      pattern:
        /\b((about|this close|close) to cancel\w*|last time i (ever )?(order|buy|shop|use)\w*|lawyer|solicitor|trading standards|small claims|legal action|sue you|take my business elsewhere)\b/,
    },
    // Losing it, stuck, unbelievable: "I'm about to lose it", "stuck in this chat for an hour", "unreal", "no wonder your reviews are bad".
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\b(about to lose it|losing my mind|stuck in (this|the) chat|no wonder (your|you)|fix your (app|site|website|system|service))\b/,
    },
    { kind: "anger", weight: MEDIUM, pattern: /\b(unreal|it can t be that hard|it cant be that hard|can t be that hard|so hard)\b/ },
    // Urgency without the word: a card used by someone else, leaked data, a date it must arrive by, due tomorrow.
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b((someone|somebody) (used|is using|has used) my (card|account)|(data|details) (got |has been |have been |was |were )?leaked|data breach|(has|have|needs) to (be here|arrive) (by|before)|(due|expires?) (today|tomorrow|tonight)|quick(ly)? please)\b/,
    },
    // Round 3, long messages. Sarcastic praise before a failure: "oh wonderful, another error message", "great, the app logged me out again", "brilliant".
    {
      kind: "sarcasm",
      weight: STRONG,
      pattern:
        /^ (oh |ok |so )?(great|brilliant|wonderful|fantastic|perfect|lovely|awesome|amazing) (\w+ ){0,7}(again|another|error|crash\w*|broke\w*|logged me out|empty|gone|doesn t work|not working)\b|\b(great value|love that for me)\b/,
    },
    // Broken promises and a different answer each time: "I was promised a call back on Monday", "a different answer from a different person", "you keep closing my ticket".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b((was|were|been) promised|a different answer|keep closing my (ticket|case|complaint)|nothing but (hassle|trouble|problems|grief))\b/,
    },
    // Blame and disgust: "you lost my parcel and now I have to prove it", "this is disgusting", "I feel let down", "extremely unhappy", "taking way too long", "so stressed".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(you (have )?lost my|disgust\w*|let down|(extremely|very|really|so) (unhappy|dissatisfied)|taking (way |far )?too long|(so |really |super )?stressed (out )?(about|with|by)|i m so stressed)\b/,
    },
    {
      kind: "anger",
      weight: MEDIUM,
      pattern: /\b(just let me|jesus|for god s sake|you said it would|don t understand (how|why)|dont understand (how|why)|so difficult)\b/,
    },
    // Urgency in what happened: charged many times in an hour, other customers' data on view, medicine in the parcel, payroll blocked.
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(charged (\d+|six|five|four|three|multiple|several) times|(seeing|see) other (people s|customers) (orders|data|accounts)|medicine|medication|payroll)\b/,
    },
    // Round 3, chat speak: "you had one job", "give me a break", "need it sorted in the next hour".
    { kind: "anger", weight: STRONG, pattern: /\b(you had one job|give me a break|taking the piss|shambles|fuming)\b/ },
    { kind: "urgency", weight: STRONG, pattern: /\b(in|within) the next (hour|30 minutes|few minutes)\b/ },
    // Round 3, last batch: "what do I even pay you for", "nothing changed", "I regret ever signing up", "more time chatting with you than using the product".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(what do i (even )?pay you for|nothing (has )?changed|regret (ever )?(signing|buying|ordering|joining)|more time (chatting|talking|on hold|in this chat) (with you )?than)\b/,
    },
  ],
};

import { MEDIUM, STRONG, WEAK, type LanguageCues } from "./cue-rule";

const PEOPLE =
  "(pessoa|pessoas|humano|humanos|atendente|atendentes|agente|representante|funcionario|responsavel|supervisor|gerente|alguem|suporte|equipe|setor|financeiro|colaborador\\w*|operador\\w*|consultor\\w*|superior|comercial)";

/** Portuguese (Brazil and Portugal), matched on folded text ("não" is " nao ", "cadê" " cade "). */
export const pt: LanguageCues = {
  frustration: [
    // Giving up: "esquece, desisto", "deixa pra lá".
    { kind: "giving_up", weight: STRONG, pattern: /\b(desisto|esquece|esqueca|deixa pra la|deixa para la)\b/ },
    // Insults to the service: "você é inútil", "não serve pra nada", "péssimo atendimento", "golpe".
    {
      kind: "insult",
      weight: STRONG,
      pattern: /\b(inutil|inuteis|nao serve (pra|para) nada|o pior|piada|brincadeira|golp\w*|palhacada|absurdo|ladroes)\b/,
    },
    { kind: "insult", weight: MEDIUM, pattern: /\b(pessim[oa]|horrivel|terrivel|ridiculo)\b/ },
    // Negated help, nothing working: "você não está me ajudando", "não ajudou", "nada funciona", "continua sem funcionar".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(nao (esta |ta )?me ajuda\w*|nao ajud\w*|nao me ajudou|nada funciona|nada da certo|nao funciona nada|continua sem (funcionar)?|ainda nao funciona|nao funciona nunca)\b/,
    },
    // Repetition: "de novo a mesma resposta", "já falei três vezes", "é a quarta vez".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(a mesma resposta|mesma resposta|ja (falei|disse) (isso )?(tres|quatro|varias|\d+) vezes|(falei|disse|perguntei|escrevi|liguei|expliquei|tentei|pedi)\b.*\b(tres|quatro|cinco|varias|mil|\d+) vezes|(terceira|quarta|quinta) vez)\b/,
    },
    { kind: "repetition", weight: MEDIUM, pattern: /\b((quebrou|caiu|travou|errado) de novo|de novo (quebrou|errado))\b/ },
    { kind: "repetition", weight: WEAK, pattern: /\b(de novo|outra vez|ainda|continua)\b/ },
    // Time spent: "estou tentando há horas", "faz duas horas", "já tentei de tudo".
    { kind: "waiting", weight: STRONG, pattern: /\b((tentando|esperando) ha (horas|dias|semanas)|faz (\w+ )?(horas|dias|semanas)|tentei (de )?tudo)\b/ },
    { kind: "waiting", weight: MEDIUM, pattern: /\b(\d+|duas|tres|quatro) (semanas|dias|meses) atrasad[oa]\b/ },
    // Feelings: "isso é muito frustrante", "tô de saco cheio", "não aguento mais", "que raiva".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(frustra\w*|saco cheio|cansad[oa] (disso|de)|nao aguento mais|perda de tempo|inaceitavel|irritad[oa]|furios[oa]|bravo|brava|que raiva|q raiva|desesperad[oa]|nao sei mais o que fazer|decepcao|decepcionad[oa])\b/,
    },
    // Profanity: "porra", "que merda", "caramba".
    { kind: "profanity", weight: STRONG, pattern: /\b(porra|merda|caralho|puta|droga)\b/ },
    { kind: "profanity", weight: MEDIUM, pattern: /\b(caramba|affs?|aff)\b/ },
    // Ignored or misunderstood: "você não entende nada", "ninguém responde", "não foi isso que eu perguntei".
    {
      kind: "ignored",
      weight: STRONG,
      pattern: /\b(nao entende nada|nao foi isso que|me ouvindo|ninguem (responde|me ajuda|me fala|me responde|ajuda)|ninguem se importa)\b/,
    },
    // What it cost them: "cheguei atrasado no trabalho por causa de vocês", "perdi o voo".
    { kind: "consequence", weight: STRONG, pattern: /\b(por causa de voces|por culpa de voces|por culpa|perdi o (voo|trem|onibus))\b/ },
    // Sarcasm: "ótimo, quebrou de novo", "obrigado por nada".
    { kind: "sarcasm", weight: STRONG, pattern: /\b(obrigad[oa] por nada|(otimo|perfeito|maravilha|beleza) .*de novo)\b/ },
    // Leaving: "nunca mais compro aqui".
    { kind: "leaving", weight: STRONG, pattern: /\bnunca mais\b/ },
    // Urgency: "é urgente", "o mais rápido possível", "minha conta foi hackeada", "o sistema caiu".
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(urgente|urgencia|emergencia|o mais rapido possivel|assim que possivel|imediat\w*|critico|nao pode esperar|corre)\b/,
    },
    { kind: "urgency", weight: STRONG, pattern: /\b(preciso|precisamos|tem que|temos que)\b.*\b(hoje|amanha)\b|\b(pra hoje|resolvam hoje)\b/ },
    { kind: "urgency", weight: STRONG, pattern: /\b(travando|caiu|hackead[oa]|roubaram|usando meu cartao|perdendo vendas|nao conseguimos trabalhar|prazo)\b/ },
    // Round 2 kinds: not listened to, had enough, worse and worse, complaints, leaving, what it cost.
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(nao (esta|esta me) (me )?ouvindo|le minha mensagem|ninguem (me )?(responde|fala|ajuda)|nunca respondem|falar com uma parede|nao responde minha)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /^ chega $|\b(cansei|que saco|(perdendo|perdi) a paciencia|no meu limite|me deixa louc[oa]|o cumulo|a gota d agua|muito (chatead[oa]|insatisfeit[oa]|brav[oa])|nada satisfeit[oa]|me sinto enganad[oa]|que porcaria|um absurdo|lamentavel)\b/,
    },
    {
      kind: "negated_help",
      weight: STRONG,
      pattern: /\b(cada vez pior|trava (o tempo todo|de novo|sempre)|travou de novo|sempre a mesma coisa|nada da certo|um desastre)\b/,
    },
    { kind: "repetition", weight: STRONG, pattern: /\b(ja (te )?(disse|falei)|quantas vezes|mesmo link|de novo a mesma)\b/ },
    { kind: "leaving", weight: STRONG, pattern: /\b(concorrencia|procon|reclamacao|avaliacao ruim|nunca mais)\b/ },
    { kind: "consequence", weight: STRONG, pattern: /\b(estragaram|por culpa de voces|por causa de voces|perdi (um|a|o) (cliente|tarde|dia|voo))\b/ },
    // Round 2, second batch: expliquei dez vezes, pela milésima vez, em círculos, paciência, não é normal, um escândalo, meu dinheiro.
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b((expliquei|falei|disse|repeti|escrevi) (\w+ )?(dez|cem|mil|\d+) vezes|milesima vez|enesima vez|em circulos)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(assim nao da|nao saio do lugar|minha paciencia|nao e normal|nao e possivel|escandalo|indignad[oa]|os piores|pegaram meu dinheiro|pro lixo|palhacada|serio mesmo)\b/,
    },
    // Round 3. About to cancel, done with you, complaint sites, a lawyer: "tô quase cancelando", "cansei de vocês", "vou colocar no Reclame Aqui", "vou falar com meu advogado".
    {
      kind: "leaving",
      weight: STRONG,
      pattern: /\b(quase cancel\w*|cansei de voces|reclame aqui|procon|advogado|ultima vez que compro|avaliacao negativa|tantas reclamacoes)\b/,
    },
    // The service judged: "nunca vi um atendimento tão ruim", "nada profissional", "bando de incompetentes", "esse robô é burro", "pra que serve esse chat", "falta de respeito".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(atendimento (tao )?ruim|nada profissional|incompetentes?|(robo|bot|chat|chatbot) (e )?(burro|inutil|um desastre)|pra que serve|para que serve|falta de respeito|feito de palhaco|palhacada|absurdo|lamentavel|pessimo)\b/,
    },
    // Not understood: "o robô não me entende", "você não entende minha pergunta", "não foi isso que eu perguntei", "lê o que eu escrevi", "não é isso".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(nao (me )?entende\w*|nao foi isso|nao e isso|le o que eu|perguntando de novo|me jogando de um lado|ninguem (responde|liga|sabe|se responsabiliza))\b/,
    },
    // Negated help, Brazilian and European: "não adiantou", "não ajudou", "nada do que você fala funciona", "continua sem funcionar", "isto não funciona".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern: /\b(nao adiant\w*|nao ajud\w*|nada do que|continua (sem|nao|errado)|contiua|nenhuma dessas|nao serve|nao funciona e)\b/,
    },
    // Giving up and patience: "desisti", "deixa, eu mesmo faço", "tanto faz", "não tenho tempo pra isso", "por que demora tanto", "tô quase explodindo", "estou farto".
    {
      kind: "giving_up",
      weight: STRONG,
      pattern:
        /\b(desisti|desisto|eu mesmo faco|tanto faz|nao tenho tempo|demora tanto|explodindo|farto|saco cheio|irritad[oa]|nao saio do lugar|andando em circulos)\b/,
    },
    // Urgency without the word: "é pra ontem", "vazaram meus dados", "alguém comprou com meu cartão", "tem que chegar até sexta", "o prazo vence hoje".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(pra ontem|vazaram|vazamento|alguem (comprou|usou|esta usando) (com )?meu cartao|tem que chegar ate|prazo vence (hoje|amanha)|urgentissimo|perdendo dinheiro)\b/,
    },
    // Round 3, long messages. Sarcastic praise before a failure: "que maravilha, mais uma mensagem de erro", "ótimo custo-benefício", "ótimo, o app me deslogou de novo".
    {
      kind: "sarcasm",
      weight: STRONG,
      pattern:
        /^ (que maravilha|maravilha|otimo|perfeito|beleza|show) (\w+ ){0,7}(de novo|mais uma?|erro|travou|deslogou|vazio)\b|\b(otimo custo beneficio|maravilha$)\b/,
    },
    // Broken promises, a different answer each time, tickets closed: "me prometeram retorno", "uma resposta diferente", "fechando meu chamado", "só me deu dor de cabeça".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(me prometeram|resposta diferente|fechando meu (chamado|ticket|protocolo)|dor de cabeca|bagunca)\b/,
    },
    // Blame and disgust: "vocês perderam meu pacote", "que nojo", "me sinto abandonado", "extremamente insatisfeito", "demorando demais", "super estressada".
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\b(perderam meu|que nojo|abandonad[oa]|insatisfeit[oa]|demorando demais|estressad[oa]|nao consegue fazer)\b/,
    },
    { kind: "anger", weight: MEDIUM, pattern: /\b(meu deus|so me deixa|disseram que|tao dificil|nao entendo (como|por que))\b/ },
    // Urgency in what happened: "cobrado 6 vezes", other customers' orders on view, medicine, payroll.
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(cobrado \d+ vezes|pedidos de outras pessoas|dados de outr[oa]s|remedios?|medicamentos?|folha de pagamento)\b/,
    },
    // Round 3, chat speak: "4a vez", "vocês tinham um trabalho só", "fala sério", "que zona", "porcaria", "patético".
    { kind: "anger", weight: STRONG, pattern: /\b(\d+ ?a vez|um trabalho so|fala serio|e serio isso|que zona|porcaria|patetico|to puto|ah para)\b/ },
    // Round 3, last batch: "tô pagando vocês pra quê", "nada mudou", "me arrependo", "já mandei 3 vezes", "ler minha mensagem de verdade", "em 20 minutos" (a time limit; needs company).
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(pagando voces pra que|nada mudou|me arrependo|(mandei|falei|disse|enviei|liguei) \d+ vezes|ler minha mensagem|mesmo problema|mais tempo nesse chat)\b/,
    },
    { kind: "urgency", weight: MEDIUM, pattern: /\bem \d+ (minutos|min)\b/ },
    // Round 4, formal and European Portuguese: "total insatisfação", "o meu pedido foi mais uma vez ignorado", "de novo o mesmo erro", "estão a gozar comigo",
    // "fazem pouco do cliente", "empurrar-me de um departamento para outro", "livro de reclamações", "acabaram de perder um cliente", "já não sei o que fazer".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(insatisf\w*|ignorad[oa]|mesmo erro|gozar comigo|a gozar|fazem pouco|de um (departamento|setor|lado) (para|pra) outro|livro de reclamacoes|perder um cliente|perderam um cliente|nao sei (mais )?o que fazer|ja nao sei|palhacada|ja nao ha paciencia)\b/,
    },
    // Round 4. Urgency without the word: tickets gone before a trip, a leak, "com prioridade", payroll not going out.
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b((passagens|bilhetes|reserva) (\w+ ){0,2}(sumiram|sumiu|desapareceram|desapareceu)|vazando|alagando|inund\w*|com prioridade|folha (de pagamento )?(\w+ ){0,2}(nao esta saindo|falhou))\b/,
    },
    // Round 4, last batch: a loop, worn out, how often: "tá em loop", "quantas vezes tenho que", "nervos à flor da pele", "desorganizado", "fundo de quintal".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(em loop|quantas vezes (tenho|devo|vou ter) que|nervos a flor da pele|desorganizad[oa]|fundo de quintal|nao tenho mais forcas)\b/,
    },
  ],
  humanRequest: [
    // A verb of talking or transferring, then a person: "quero falar com uma pessoa", "me passa para um atendente", "me conecta com alguém do financeiro".
    new RegExp(`\\b(falar|fala|conversar|passa|passar|passe|transfer\\w*|transfira|conecta\\w*|atendid[oa])\\b.*\\b${PEOPLE}\\b`),
    // Wanting a person: "preciso de um atendente agora", "prefiro falar com alguém".
    new RegExp(`\\b(quero|qro|kero|preciso|queria|gostaria|prefiro)\\b.*\\b${PEOPLE}\\b`),
    // Are there people? "tem alguém aí?", "tem humanos trabalhando?", "vocês têm atendimento humano?"
    /\b(tem|ha|existe) (alguem|algum (atendente|funcionario|humano|agente)|humanos|gente|pessoas|uma pessoa)\b|\batendimento humano\b/,
    // Someone to help: "alguém pode me ajudar?"
    /\balguem (pode|poderia|consegue) (me )?(ajudar|atender)\b/,
    // A person rather than the bot: "é uma pessoa ou um bot?", "gente de verdade", "não quero robô".
    /\b((pessoa|humano) ou (um )?(bot|robo)|gente de verdade|pessoa de verdade|pessoa real|nao quero (um )?(robo|bot)|chega de (robo|bot)|(bot|robo) nao serve|em vez do (robo|bot))\b/,
    // Only a person word: "atendente", "agente", "um humano por favor".
    /^ (um |uma |o |a )?(atendente|agente|humano|pessoa real|atendimento humano|suporte)( por favor| pfv| pf| agora| ja)? $/,
    // Who to talk to: "com quem eu falo sobre isso?"
    /\bcom quem (eu )?(falo|posso falar|devo falar)\b/,
    // Round 2 kinds — someone to read this, the person in charge, a colleague, does a person read these: "alguém vai ler essa mensagem?",
    // "chama o responsável", "me passa para um colega", "uma pessoa lê essas mensagens?"
    /\b(alguem (vai|vai mesmo) ler|(uma pessoa|alguem|um humano) le (essas|estas|as|minhas)|chama (o|a) (responsavel|gerente|supervisor|supervisora)|me passa (para|pra) (um|uma|o|a) (colega|responsavel)|alguem da (sua |tua |vossa )?equipe (pode|poderia))\b/,
    // Round 3. Anyone working, attendants available, the right department, a colleague, a real counterpart, the boss:
    // "alguém tá trabalhando hoje?", "os atendentes estão disponíveis hoje?", "pode me encaminhar pro setor certo", "que um colega seu me atenda", "chama seu chefe".
    /\b(alguem (ta |esta )?trabalhando|atendentes? (estao |esta )?(disponive\w*|online)|encaminhar (pro|para o|ao) (setor|departamento)|um colega seu|interlocutor|chama (seu|o) (chefe|gerente|supervisor)|^ atendimento (por favor|pfv) $)\b/,
    // Round 4, formal: "solicito que me coloquem em contato com um atendente", "agradecia que me pusessem em contacto", "encaminhe o meu pedido para quem trata de reclamações",
    // "para quem de direito", "os vossos colaboradores estão online?", "preferia que fosse visto por uma pessoa", "escalado para um supervisor".
    /\b((coloquem|coloque|pusessem|ponham|por|colocar) (me )?em contac?to com|encaminh\w* (\w+ ){0,3}(para|pra|pro) quem|quem de direito|quem trata de|(colaboradores|atendentes|operadores|agentes|consultores) (\w+ )?(estao|estarao) (online|disponiveis|conectados)|(visto|atendido|atendida|tratado|analisado) por (uma pessoa|um humano|alguem|um atendente)|escala\w* (para|pra|pro) (um|o|a)|(melhor|prefiro) uma pessoa)\b/,
    // Round 4. A person who could answer: "um colaborador podia ajudar-nos?", "alguém do comercial pode me responder?", "técnico de carne e osso",
    // "a minha gestora de conta", "podiam pôr alguém a falar comigo?".
    /\b((um|uma|algum|alguma) (colaborador|colaboradora|atendente|consultor|consultora|tecnico|analista) (\w+ )?(pode|podia|poderia|consegue) (nos |me )?(ajudar|atender|responder|ver|olhar)|alguem (do|da) \w+ (pode|podia|poderia) (me )?(responder|atender|ajudar|ver)|de carne e osso|gestor\w* de conta|alguem a falar comigo|alguem (pra|para) falar comigo)\b/,
    // Round 5. Put me through to a person or a team, someone looking at it in person: "consegue me colocar com um atendente?",
    // "pode passar-me à equipa de bagagens?", "alguém pode dar uma olhada no meu caso?" ("pessoalmente" is a look-alike below).
    /\b((coloca|colocar|coloque|colocam|passa|passar|passe|passam|transfere|transferir|transfira) (me )?(com|para|pra|pro|a|ao) (um |uma |o |a )?(\w+ )?(atendente|pessoa|humano|equipa|equipe|setor|departamento|alguem|colega|responsavel|supervisor|gerente|consultor\w*)|alguem (pode|podia|poderia|consegue|conseguia) (me )?(dar uma olhada|olhar|ver|analisar|verificar|revisar) (n|o|a|no|na|meu|minha|o meu|a minha|isso|isto))\b/,
  ],
  callback: [
    // "me liguem", "vocês podem me ligar?", "prefiro uma ligação".
    /\b(me liga\w*|me ligue\w*|liguem|ligar (pra|para) mim|uma ligacao|podem me ligar|pode me ligar|retorno (por|pelo) telefone|retorno telefonico|(contact|contat)\w* (\w+ )?por telefone|telefonar me|telefonem me|liguem me)\b/,
  ],
  lookAlikes: [
    // Talking about a topic, not to a person: "quero falar sobre minha assinatura", "conversar sobre minha fatura".
    /(?<!\bquem\b.{0,16})\b(falar|conversar|discutir) (sobre|da|do|de) (minha|meu|a|o|as|os|mudar|como)\b/g,
    // "agente de viagens", "RH", "por pessoa", "pessoalmente", "outra pessoa", "me ligaram ontem", "o motoboy".
    /\b(agentes? de viagens?|recursos humanos|rh|por pessoa|pessoalmente|outra pessoa|pessoa que aparece|me ligaram|nao para de me ligar|motoboy|entregador)\b/g,
    // Asking whether the bot is a person ("você é uma pessoa de verdade?") and praise for an attendant who already helped.
    /\b((voce e|vc e|e voce|tu es) (um |uma )?(pessoa|humano|robo)( de verdade| real)?|elogiar o (atendente|agente)|(o|a) (atendente|agente) que me (ajudou|atendeu))\b/g,
    // Round 3. Someone already spoken to: "falei com alguém ontem e resolveram".
    /\bfalei com (alguem|um atendente|uma pessoa|um agente) (ontem|hoje cedo|semana passada|antes)\b/g,
    // Round 4. An appointment with someone, not a person now: "quero marcar um horário com um consultor na loja".
    /\b(marcar|agendar) (um |uma )?(horario|visita|consulta|reuniao|atendimento) com (um|uma|o|a) \w+/g,
    // Round 5. A phone carrier, not a person: "quero trazer meu número de outra operadora", "mudar de operadora", "portabilidade".
    /\b((outra|de|nova|mudar de|trocar de|antiga) operadora|portabilidade)\b/g,
  ],
  negated: [/\bnao (preciso|quero) (de |um |uma |falar com )?(atendente|agente|pessoa|humano)\b/],
};

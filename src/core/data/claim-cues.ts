/**
 * The words that tell a checkable assertion from talk about it. A fact-checker checks what
 * happened, how much and compared with what; not what someone believes, wants, promises or
 * predicts. Each pattern is one cue family; the claims layer weighs them.
 *
 * Speed: every sentence meets every pattern. With the flags `iu`, V8 cannot skip ahead to the
 * places where a `\b` pattern may match (a word boundary there depends on case folding), which
 * made those patterns twenty times slower than the others. So they write the boundary out:
 * `(?<!\w)` before and `(?!\w)` after a word (the same thing where the word's end is a word
 * character; with `iu`, `\w` holds the characters that fold to one, as `\b` reads them).
 */

/** Strong causal links. "because" alone is mostly argument ("because it's right"), so it is apart. */
export const causal = /\b(?:due to|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|as a result|caus(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)\b[^.]*\bto|thanks to|driven by|blam(?:e|es|ed|ing)\b[^.]*\bfor|contribut(?:e|es|ed|ing) to|fuel(?:s|ed|led|ing)?|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?)\b/i;
export const because = /\bbecause\b/i;

/** Movement and scale of a quantity; "over" and "nearly" only before a number ("over 80,000", not "over the harbour"). */
export const change = /\b(?:increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|fell|fall(?:s|ing)?|grew|grow(?:s|th|ing)?|doubled|tripled|halved|surg(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|cut(?:s|ting)?|boost(?:s|ed|ing)?|highest|lowest|largest|biggest|smallest|fewer)\b|\b(?:more than|less than|over|under|nearly|almost|about|roughly|at least|up to)\s+(?:[$€£¥]?\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|half|a third|a quarter|a fifth|a tenth|a dozen|a million|a billion)\b)/i;

/** Measurable superlatives and records; "best" and "worst" are judgements, not records. */
export const superlative = /(?<!\w)(?:worst|best|most|least|first|only|largest|biggest|highest|lowest)(?!\w)[^.;]{0,40}(?<!\w)(?:since|ever|by far|in (?:our |the )?(?:\p{L}+ )?history|in the (?:world|country|nation|state|Senate|House|United States))(?!\w)|(?<!\w)(?:highest|lowest|largest|biggest|smallest|fastest|slowest|longest|shortest|deepest|greatest number|record[- ](?:high|low|number|levels?|year))(?!\w)|(?<!\w)(?:the|its|their|our|his|her) first(?!\w)/iu;

export const comparative = /\b(?:than|higher|lower|larger|smaller|fewer|faster|slower|bigger|greater|twice|times as)\b/i;

/** Specific dates and time frames: "in 1980", "'92", "since January", "four years ago", "the last decade". */
export const timeFrame = /(?<!\w)(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|since|by|on|until|from) (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)|(?:19|20)\d\d|ago|since|during|yesterday|(?:last|past|previous) (?:\p{L}+ )?(?:years?|months?|weeks?|decades?|century|term|administration)|(?:this|last) year|in the (?:19|20)?\d0'?s)\b|'\d\d(?!\w)/iu;

/** Pointers to a record someone can look up: a report, a study, the figures, the facts. */
export const evidence = /\b(?:according to|reports?|reported|stud(?:y|ies)|statistics|figures|data|survey|polls?|census|in fact|the fact|matter of fact|actually|history|on record)\b/i;

/** What politics and news argue about with numbers: money, jobs, votes, laws, wars, crime. */
export const policy = /\b(?:tax(?:es)?|jobs?|unemploy\w*|deficits?|debt|budget|spending|econom\w*|inflation|wages?|income|salar\w+|health|insurance|medicare|medicaid|social security|pensions?|oil|energy|troops|war|military|nuclear|weapons?|crime|murders?|homicides?|immigra\w+|border|trade|tariffs?|exports?|imports?|votes?|voted|bill|laws?|legislation|senate|congress|administration|committee|treaty|program(?:me)?s?|percent|population|poverty|schools?|students?|teachers?|prices?|costs?|billion|million|arrests?|deaths?|killed|migrants?|refugees?|sanctions|businesses|compan(?:y|ies)|industr(?:y|ies)|factor(?:y|ies)|manufactur\w+|farm(?:s|ers)?|housing|mortgages?|loans?|banks?|interest rates?|recession|investment|aid|grants?|subsid\w+|welfare|benefits|retire\w+|veterans|guns?|firearms|drugs?|abortion|climate|emissions|pollution|coal|gas|electricity|hospitals?|doctors|patients|terror\w*|missiles?|army|navy|soldiers|police|prisons?|courts?|elections?|ballots?|regulations?|minimum wage|contracts?|corruption|fraud|crimes?|illegal(?:ly)?|guilty)\b/i;

/** Past acts on the record: what was signed, voted, passed, cut or created. */
export const recordedAction = /\b(?:voted|signed|vetoed|passed|enacted|repealed|cut|raised|lowered|created|eliminated|lost|won|appointed|nominated|sent|deployed|invaded|opposed|supported|sponsored|proposed|approved|rejected|refused|blocked|failed|ignored|arrested|deported|killed|found|ruled|died|attacked|convicted|indicted|reduced|increased|doubled|tripled|balanced|negotiated|funded|spent|paid|took|added|went)\b/i;

/** Someone else as the subject: what he, she or they did or said is checkable, what "I" feel is not. */
export const thirdPersonSubject = /^(?:(?:and|but|so|now|well|in fact),?\s+)?(?:he|she|they|his|her|their|my opponent|the (?:governor|senator|president|administration|congress|senate|house|government|state|country|economy|number|rate|unemployment)|(?:governor|senator|president|mr\.|mrs\.|ms\.)\s+\p{Lu}\p{L}+)\b/iu;

/** Someone else's denied or missing act: "he never voted for", "they didn't pay". */
export const deniedAct = /\b(?:he|she|they|it|\p{Lu}\p{L}+)\s+(?:has\s+never|have\s+never|never|didn't|did\s+not|hasn't|has\s+not|haven't|have\s+not|doesn't|does\s+not|wasn't|weren't)\b/u;
/**
 * What every match of `deniedAct` holds: a space, then its negation ("never", "didn't", "has
 * not"). Its subject may be any capitalised word, which V8 must try at every letter; this test
 * rules most sentences out first.
 */
export const mayDenyAct = /\s(?:never|(?:has|have|did|does)(?:n't|\s+not)|wasn't|weren't)/;

/** Personal stories and scenes: who the speaker met, their family. Vivid, rarely checked. */
export const anecdote = /\b(?:I|we) (?:met|talked to|talked with|visited|spoke to|spoke with|heard from|saw)\b|\bmy (?:mother|father|parents|grandmother|grandfather|wife|husband|family|son|daughter|kids|children|grandchildren|dad|mom|brother|sister)\b|\bin my lifetime\b|\bseems? to me\b/i;

/** Someone else's stated position: "he says", "Romney wants", "the senator opposed". Checkable against the record. */
export const reportedPosition = /\b(?:he|she|\p{Lu}\p{L}+)\s+(?:(?:has|had|have)\s+)?(?:now\s+)?(?:says|said|wants|calls for|called for|supports|supported|opposes|opposed|proposes|proposed|promised|claims|claimed)\b/u;
/** What every match of `reportedPosition` holds (see mayDenyAct): a space, then the verb's first letters. */
export const mayReportPosition = /\s(?:sa[iy]|wan|cal|sup|opp|pro|cla)/;

/** Scene-setting in features and reportage: light, weather, sounds. Atmosphere, not assertion. */
export const scene = /\b(?:the sun|sunlight|sunset|sunrise|dawn|dusk|the sky|the moon|the wind|breeze|drizzle|fog|mist|shadows?|silence|quiet|smell|scent|echo(?:ed|es)?|glow(?:ed|ing)?|gleam(?:ed|ing)?|shimmer(?:ed|ing)?|wander(?:ed|ing)|strolled|gazed|stared|smiled|laughed|whispered)\b/i;

/** Appeals to a nation as a whole ("the American people know …"): rhetoric about what people feel or want. */
export const appeal = /\bthe (?:American|British|French|German|Canadian|Australian|Indian|Mexican|Brazilian|Nigerian|Kenyan|Chinese|Russian|Ukrainian|Salvadoran|Peruvian|Chilean) people\b/i;

/** Conversational asides and answers that frame a turn rather than state a fact. */
export const aside = /\b(?:you know|I mean)\b|^(?:yes|no|well|look|listen)\b/i;

/** "I think", "we believe", "I support", "I promise": the speaker's stance, not a fact. */
export const stance = /\b(?:I|we)\s+(?:(?:just|really|also|do|don't|do not|strongly|firmly|honestly|still)\s+)?(?:think|believe|feel|hope|wish|guess|suppose|trust|know|understand|remember|recall|support|oppose|favou?r|agree|disagree|am for|am against|are for|are against|guarantee|promise|assure|am convinced|am confident|am sure|'m sure)\b|\bin my (?:opinion|judgment|view)\b/i;

/** The speaker's own plans, duties and wishes: "we've got to", "I want to", "we'll", "let's". */
export const ownPlan = /\b(?:I|we|you)(?:(?:'ve| have) got to| have to| need to| must| should| ought| want to|'d like| would like| can(?!not|'t)|'ll| will| am going to|'m going to| are going to|'re going to)\b|\b(?:I|we) would\b|\b(?:I|we)'d\b|\blet's\b|\blet us\b|\bmy (?:plan|proposal)\b|\b(?:I|we)(?: propose| have a plan|'ve got a plan| have got a plan)\b/i;

/** Obligations, wishes and proposals: what should happen, not what did. */
export const obligation = /\b(?:should|ought|must|got to|have to|has to|had better|need(?:s)? to|we need|want to|I want|we want|let's|let us|(?:we|I|you) can(?!not|'t)|hope|wish)\b/i;

/** Judgements of value. */
export const evaluation = /\b(?:crucial|important|essential|great|terrible|wonderful|best|worst|beautiful|disgrace|shame|love|hate|wrong|fair|unfair|tough|strong|robust|ongoing efforts|necessary|responsibility)\b/i;

/** Predictions and plans: the future cannot be checked yet. */
export const future = /\b(?:will|won't|going to|gonna|plans? to|intends? to|is scheduled to|are scheduled to|expects? to|is set to|aims? to)\b/i;

/** Hypotheticals: "If we cut taxes, …", "unless Congress acts". */
export const condition = /^(?:\p{L}+,?\s+)?if(?!\w)|(?<!\w)unless(?!\w)/iu;

/** A projected effect of a policy: "would cost", "will raise", "will add to the deficit". */
export const projectedEffect = /(?<!\w)(?:will|would|won't|wouldn't|is going to|are going to)\s+(?:\p{L}+ly\s+)?(?:cost|raise|cut|add|increase|reduce|create|eliminate|lose|save|double|triple|balloon)(?!\w)/iu;

/** Hedges soften a statement without making it an opinion. */
export const hedge = /\b(?:seems?|appear(?:s|ed)?|perhaps|maybe|probably|possibly|might|may)\b/i;

/** Thanks, greetings and addresses to the audience are never claims. */
export const courtesy = /^(?:thank|thanks|good (?:evening|morning|night)|ladies and gentlemen|let me|let's|well,? (?:i|let)|excuse me|congratulations|i appreciate|i'm (?:glad|pleased|honored)|it's (?:a|an) (?:honor|pleasure))/i;

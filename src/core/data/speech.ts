/**
 * Attribution cues: verbs and phrases that introduce what someone said, wrote or holds. Keyed
 * by lower-case form; every inflection a newsroom uses is listed, so no stemmer is needed.
 */
const verbs = `say says said saying
tell tells told telling
state states stated stating
add adds added adding
note notes noted noting
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
stress stresses stressed stressing
underscore underscores underscored underscoring
indicate indicates indicated indicating
argue argues argued arguing
claim claims claimed claiming
assert asserts asserted asserting
warn warns warned warning
announce announces announced announcing
explain explains explained explaining
insist insists insisted insisting
report reports reported reporting
confirm confirms confirmed confirming
deny denies denied denying
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
suggest suggests suggested suggesting
write writes wrote writing written
tweet tweets tweeted tweeting
post posts posted posting
declare declares declared declaring
reply replies replied replying
respond responds responded responding
answer answers answered answering
ask asks asked asking
predict predicts predicted predicting
estimate estimates estimated estimating
reveal reveals revealed revealing
disclose discloses disclosed disclosing
allege alleges alleged alleging
contend contends contended contending
maintain maintains maintained maintaining
recall recalls recalled recalling
observe observes observed observing
remark remarks remarked remarking
comment comments commented commenting
mention mentions mentioned mentioning
promise promises promised promising
pledge pledges pledged pledging
vow vows vowed vowing
threaten threatens threatened threatening
urge urges urged urging
praise praises praised praising
applaud applauds applauded applauding
criticize criticizes criticized criticizing criticise criticises criticised criticising
accuse accuses accused accusing
blame blames blamed blaming
attribute attributes attributed attributing
describe describes described describing
call calls called calling
highlight highlights highlighted highlighting
point pointed
agree agrees agreed agreeing
complain complains complained complaining
concede concedes conceded conceding
testify testifies testified testifying
shout shouts shouted shouting
whisper whispers whispered whispering
joke jokes joked joking
continue continues continued
conclude concludes concluded concluding
believe believes believed
think thinks thought
feel feels felt
hope hopes hoped
fear fears feared
expect expects expected
show shows showed shown
find finds found
learn learns learned learnt
reiterate reiterates reiterated reiterating
caution cautions cautioned cautioning
signal signals signaled signalled
hint hints hinted
boast boasts boasted
lament laments lamented
recount recounts recounted
cite cites cited citing
want wants wanted wanting
plan plans planned planning
decline declines declined declining
refuse refuses refused refusing
intend intends intended intending
propose proposes proposed proposing
demand demands demanded demanding
offer offers offered offering
echo echoes echoed echoing
discuss discusses discussed discussing
reference references referenced referencing
defend defends defended defending
question questions questioned questioning
condemn condemns condemned condemning
blast blasts blasted blasting
attack attacks attacked attacking
seem seems seemed
know knows knew
support supports supported
oppose opposes opposed
insist insists insisted insisting
recommend recommends recommended recommending
request requests requested requesting
encourage encourages encouraged encouraging
exhort exhorts exhorted exhorting`;

/** Lower-case verb form → lemma. */
export const speechVerbs = new Map<string, string>();
for (const line of verbs.split('\n')) {
  const forms = line.split(' ');
  for (const form of forms) speechVerbs.set(form, forms[0]!);
}

/**
 * Verbs that attribute a stance, a decision or a document to a source without being speech
 * proper ("endorsed Clinton", "rejected the plan", "spoke of his flights"). Only the quotes
 * layer reads them: they would make every capitalised subject a person for the entities layer.
 */
const stanceVerbs = `speak speaks spoke speaking spoken
counter counters countered countering
scoff scoffs scoffed scoffing
muse muses mused musing
concur concurs concurred concurring
talk talks talked talking
endorse endorses endorsed endorsing
reject rejects rejected rejecting
decide decides decided deciding
express expresses expressed expressing
consider considers considered
vote votes voted voting
understand understands understood understanding
forecast forecasts forecasted forecasting
mock mocks mocked mocking
detail details detailed detailing
repeat repeats repeated repeating
document documents documented documenting
debate debates debated debating
liken likens likened likening
worry worries worried worrying
view views viewed viewing
weigh weighs weighed weighing
rail rails railed railing
unveil unveils unveiled unveiling
thank thanks thanked thanking
publish publishes published publishing
outline outlines outlined outlining
chastise chastises chastised chastising
compare compares compared comparing
dismiss dismisses dismissed dismissing
approve approves approved approving
implore implores implored imploring
recognize recognizes recognized recognizing recognise recognises recognised recognising
doubt doubts doubted doubting
wonder wonders wondered wondering
welcome welcomes welcomed welcoming
imply implies implied implying
dispute disputes disputed disputing
rebut rebuts rebutted rebutting
retort retorts retorted retorting
slam slams slammed slamming
lash lashes lashed lashing
hail hails hailed hailing
tout touts touted touting
advocate advocates advocated advocating
seek seeks sought seeking
label labels labeled labelled labeling labelling
dub dubs dubbed dubbing
characterize characterizes characterized characterizing characterise characterises characterised characterising
portray portrays portrayed portraying
depict depicts depicted depicting
regard regards regarded
deem deems deemed deeming
assess assesses assessed assessing
calculate calculates calculated calculating
determine determines determined determining
rule ruled
speculate speculates speculated speculating
suspect suspects suspected suspecting
realize realizes realized realizing realise realises realised realising
plead pleads pleaded pled pleading
confess confesses confessed confessing
quip quips quipped quipping
chant chants chanted chanting
sing sings sang singing
quote quotes quoted quoting
imagine imagines imagined imagining
envision envisions envisioned envisioning
sign signs signed signing
prefer prefers preferred preferring
favor favors favored favoring favour favours favoured favouring
backs backed backing
discover discovers discovered discovering
promote promotes promoted promoting
address addresses addressed addressing
link links linked linking
identify identifies identified identifying
remind reminds reminded reminding
apologize apologizes apologized apologizing apologise apologises apologised apologising
embrace embraces embraced embracing
frustrated
concerned
convinced
confident
disappointed
skeptical
optimistic
adamant`;

/** Lower-case form → lemma for every attribution cue the quotes layer reads: speech and stance. */
export const cueVerbs = new Map<string, string>();

/** Cue lemmas of an opinion or a perception rather than of a report ("views Bukele as an ally"). */
export const opinionLemmas = new Set(['view', 'regard', 'consider', 'believe', 'think', 'feel', 'hope', 'fear', 'want', 'suspect']);

/** Verbs of reporting that are weak on their own ("observed 43 migrants" is not speech). */
export const weakSpeechLemmas = new Set(['counter', 'scoff', 'muse', 'concur', 'rule', 'frustrated', 'concerned', 'convinced', 'confident', 'disappointed', 'skeptical', 'optimistic', 'adamant', 'observe', 'show', 'find', 'learn', 'post', 'call', 'continue', 'point', 'answer', 'feel', 'expect', 'hope', 'fear', 'think', 'believe', 'describe', 'cite', 'maintain', 'recall', 'agree', 'attribute', 'praise', 'applaud', 'blame', 'accuse', 'criticize', 'criticise', 'urge', 'promise', 'pledge', 'vow', 'threaten', 'ask', 'answer', 'reply', 'respond', 'comment', 'highlight', 'estimate', 'predict', 'report', 'write', 'tweet', 'signal', 'hint', 'boast', 'lament', 'recount', 'mention', 'want', 'plan', 'decline', 'refuse', 'intend', 'propose', 'demand', 'offer', 'echo', 'discuss', 'reference', 'defend', 'question', 'condemn', 'blast', 'attack', 'seem', 'know', 'support', 'oppose', 'recommend', 'request', 'encourage']);

/**
 * Speech lemmas whose object is itself the content ("emphasized the importance of …"), so
 * reported speech may follow without "that".
 */
export const objectContentLemmas = new Set(['emphasize', 'emphasise', 'stress', 'underscore', 'highlight', 'reiterate', 'announce', 'confirm', 'deny', 'acknowledge', 'admit', 'praise', 'applaud', 'criticize', 'criticise', 'predict', 'promise', 'pledge', 'vow', 'urge', 'warn', 'note', 'cite', 'attack', 'blast', 'condemn', 'question', 'describe', 'mention', 'propose', 'demand', 'offer', 'echo', 'discuss', 'reference', 'defend', 'support', 'oppose', 'call', 'recommend', 'request', 'exhort', 'reveal', 'disclose', 'estimate', 'report', 'blame', 'accuse']);

/**
 * Cue lemmas whose object is what they are about or whom they address, never who speaks: "…,
 * criticized the bill", "…, told GB News" name no speaker after the verb the way "…, said the
 * minister" does.
 */
export const targetObjectLemmas = new Set(['tell', 'praise', 'applaud', 'criticize', 'criticise', 'urge', 'attack', 'blast', 'condemn', 'question', 'defend', 'support', 'oppose', 'blame', 'accuse', 'call', 'recommend', 'request', 'exhort', 'describe', 'mention', 'propose', 'demand', 'offer', 'echo', 'discuss', 'reference', 'cite', 'promise', 'pledge', 'vow', 'predict', 'estimate', 'reveal', 'disclose', 'highlight', 'underscore', 'emphasize', 'emphasise', 'stress', 'deny', 'want', 'expect', 'hope', 'fear', 'know', 'find', 'show', 'learn', 'view', 'regard', 'consider']);

/**
 * Weak lemmas whose bare object is still what the source holds or found: "believe the plan
 * failed", "found 31 incidents", "show Clinton ahead", "asked whether …".
 */
export const bareObjectLemmas = new Set(['want', 'agree', 'believe', 'think', 'feel', 'fear', 'expect', 'hope', 'know', 'find', 'show', 'ask', 'predict', 'estimate', 'report', 'write', 'tweet', 'mention', 'support', 'oppose', 'question', 'condemn', 'defend', 'praise', 'criticize', 'criticise', 'blame', 'accuse', 'reference', 'discuss', 'echo', 'propose', 'demand', 'offer', 'recommend', 'request', 'cite', 'describe', 'reply', 'respond', 'answer', 'comment', 'highlight', 'signal', 'recount', 'attack', 'blast', 'learn']);

/** Verbs with no object: what they report is only their topic ("spoke of his flights", not "spoke longer"). */
export const topicOnlyLemmas = new Set(['speak', 'talk']);

/** Lemmas whose content is an infinitive ("agreed to clean up …", "wants to release …"). */
export const infinitiveLemmas = new Set(['vote', 'continue', 'want', 'plan', 'agree', 'pledge', 'promise', 'vow', 'decline', 'refuse', 'hope', 'intend', 'threaten', 'urge', 'ask', 'call', 'seem', 'expect', 'encourage', 'exhort', 'offer', 'propose', 'request', 'demand']);

/** Particles that belong to the cue ("called for", "pointed to", "called on"). */
export const cueParticles: ReadonlyMap<string, readonly string[]> = new Map([
  ['call', ['for', 'on']],
  ['point', ['to', 'out']],
]);

/** Nouns that can be the source of reported speech without a name ("officials said"). */
export const sourceNouns = new Set(
  'official officials source sources spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors analyst analysts expert experts witness witnesses police authorities government ministry agency statement report reports poll polls survey study researchers scientists critics supporters residents officers prosecutors lawyers lawyer attorney attorneys diplomats diplomat lawmakers leaders leader president minister secretary senator governor mayor company firm group organization organisation committee commission court judge campaign administration department office people someone observers activists protesters protestors doctors officer investigators media newspaper network documents data figures'.split(' '),
);

export const subjectPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const personPronouns = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

for (const [form, lemma] of speechVerbs) cueVerbs.set(form, lemma);
for (const line of stanceVerbs.split('\n')) {
  const forms = line.split(' ');
  for (const form of forms) if (!cueVerbs.has(form)) cueVerbs.set(form, forms[0]!);
}

/** Organisations known by name, and the words that make a capitalised run an organisation. */
import {countryByName} from './countries.js';

const known = `Immigration and Customs Enforcement,Customs and Border Protection,Reuters,Associated Press,AP,AFP,Agence France-Presse,Bloomberg,CNN,BBC,NPR,PBS,CBS,NBC,ABC,Fox News,MSNBC,Al Jazeera,The New York Times,New York Times,Washington Post,The Washington Post,Wall Street Journal,The Guardian,Guardian,Financial Times,The Economist,Economist,Politico,Axios,The Hill,Breitbart,Breitbart News,Xinhua,TASS,Wikinews,Wikipedia,Twitter,Facebook,Meta,Google,Alphabet,Apple,Amazon.com,Microsoft,Tesla,SpaceX,OpenAI,Netflix,YouTube,Instagram,TikTok,WhatsApp,Uber,Boeing,Airbus,Toyota,Volkswagen,Samsung,Huawei,Sony,Nintendo,Disney,Walt Disney Company,Ubisoft,Electronic Arts,Activision,Yahoo,eBay,PayPal,Reddit,Spotify,Airbnb,IBM,Intel,Nvidia,Walmart,ExxonMobil,Chevron,Shell,BP,Goldman Sachs,JPMorgan,Morgan Stanley,Citigroup,Pfizer,Moderna,United Nations,UN,U.N.,UNICEF,UNESCO,UNHCR,WHO,World Health Organization,NATO,EU,European Union,European Commission,European Parliament,IMF,International Monetary Fund,World Bank,WTO,World Trade Organization,OPEC,G7,G20,ASEAN,African Union,Arab League,Interpol,Europol,Red Cross,Amnesty International,Human Rights Watch,Greenpeace,Doctors Without Borders,FBI,CIA,NSA,DHS,ICE,CBP,DEA,ATF,IRS,NASA,EPA,FDA,CDC,NIH,FEMA,FAA,SEC,FCC,FTC,Pentagon,Congress,Senate,House,Supreme Court,Federal Reserve,Fed,Treasury,State Department,Justice Department,Democrats,Republicans,Democratic Party,Republican Party,GOP,Labour,Labour Party,Conservative Party,Tories,Hamas,Hezbollah,Taliban,Islamic State,ISIS,ISIL,Al Qaeda,al-Qaeda,MS-13,Barrio 18,Mara Salvatrucha,OAS,Organization of American States,IOM,International Organization for Migration,Air Panama,Avianca,Copa Airlines,Delta,United Airlines,American Airlines,Ryanair,Lufthansa,Emirates,Qantas,Harvard,Yale,Stanford,MIT,Oxford University,Cambridge University,International Olympic Committee,IOC,FIFA,UEFA,NFL,NBA,MLB,NHL,Mets,Yankees,Red Sox,Dodgers,Cubs,White Sox,Astros,Phillies,Orioles,Padres,Mariners,Brewers,Blue Jays,Diamondbacks,Lakers,Celtics,Knicks,Steelers,Packers,49ers,Seahawks,Broncos,Manchester United,Real Madrid,Juventus,Bayern Munich,Parliament,Bundestag,Duma,Knesset,Politburo,Vatican,Gallup,Zogby,Newsmax,Pew,Pew Research Center,Quinnipiac,Rasmussen,Ipsos,YouGov,Morning Consult,Planned Parenthood,NRA,ACLU,Clinton Foundation,Trump Organization,P&G,H&M,S&P,AT&T,Smithsonian,Smithsonian Institution,The Independent,Exxon Mobil,JPMorgan Chase,Wells Fargo,Bank of America,Citibank,HSBC,Barclays,Deutsche Bank,UBS,Credit Suisse,BlackRock,Berkshire Hathaway,General Motors,Exxon,Halliburton,Lockheed Martin,McDonnell Douglas,Raytheon,Hogan Lovells,PolitiFact,Vox,Nike,Starbucks,BuzzFeed,HuffPost,Huffington Post,The Huffington Post,National Review,WikiLeaks,AIG,Fannie Mae,Freddie Mac,Lehman Brothers,Bear Stearns,Enron,Verizon,Comcast,Time Warner,Koch Industries,CNBC,ABC News,CBS News,NBC News,AARP,NAACP,Black Lives Matter`;

export const knownOrganizations = new Set(known.split(',').map((name) => name.toLowerCase()));

/** Words that make a capitalised run an organisation ("Ministry of Health", "Acme Corp"). */
export const organizationWords = new Set(
  'Healthcare Chemical Chemicals Brothers Administration Agency Ministry Department Organization Organisation Association Institute Institution University College School Academy Bank Party Council Committee Commission Court Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC Co. Company Group Holdings Airlines Airways Air Times Post News Network Foundation Fund Union Federation Alliance Coalition Army Navy Force Forces Guard Police Service Services Office Bureau Authority League Club Team Parliament Assembly Board Press Journal Herald Tribune Gazette Telegraph Chronicle Broadcasting Radio Television TV Church Clinic Laboratory Laboratories Labs Society Trust Partners Industries Motors Energy Petroleum Oil Gas Pharmaceuticals Systems Technologies Technology Bancorp Securities Capital Reserve Secretariat Cabinet Congress Senate Tribunal Commission Command Directorate Unit Brigade Battalion Cartel Gang Movement Front Conference Summit Council Festival Library Orchestra Studio Studios Records Publishing Media Channel Magazine Review Daily Weekly Observer Monitor Post Mail Express Standard Star Sun Register Inquirer Examiner Courier Dispatch Brotherhood Sisterhood Guild Fellowship Legion Circle Commons Consortium Collective Caucus Syndicate Cooperative Watch International Exchange Railway Railways Transit Confederation Chamber Municipality'.split(' '),
);
// Plurals head joint names ("the State and Homeland Security Departments").
for (const word of 'Departments Ministries Agencies Universities Parties Committees Councils Companies Banks Unions Associations Organizations Organisations Institutes Foundations'.split(' ')) organizationWords.add(word);
// Other languages' words for the same bodies, in names news leaves untranslated ("Instituto Gonzaga").
for (const word of 'Instituto Istituto Institut Universidad Università Universität Université Universidade Banco Banca Banque Partido Partito Ministerio Ministero Ministère Ministerium Fundación Fondazione Fondation Stiftung Asociación Associazione Comité Comitato Consejo Consiglio Conseil Movimento Movimiento Mouvement Compagnie Compañía Sociedad Società Société Gesellschaft Akademie Hochschule'.split(' ')) organizationWords.add(word);

/**
 * The kinds of organisation ("the bank", "the ministry") by the words other languages name them
 * with, as they stand in names news leaves untranslated: "the central bank" is Banco de México.
 */
export const kindInOtherLanguages: ReadonlyMap<string, readonly string[]> = new Map([
  ['bank', ['banco', 'banca', 'banque']],
  ['ministry', ['ministerio', 'ministero', 'ministère', 'ministerium']],
  ['university', ['universidad', 'università', 'universität', 'université', 'universidade']],
  ['institute', ['instituto', 'istituto', 'institut']],
  ['party', ['partido', 'partito', 'parti', 'partei']],
  ['foundation', ['fundación', 'fundação', 'fondazione', 'fondation', 'stiftung']],
  ['association', ['asociación', 'associação', 'associazione']],
  ['council', ['consejo', 'consiglio', 'conseil']],
  ['committee', ['comité', 'comitato']],
  ['court', ['tribunal', 'corte', 'cour']],
  ['congress', ['congreso', 'congresso', 'congrès']],
  ['senate', ['senado', 'senato', 'sénat']],
  ['army', ['ejército', 'exército', 'armée']],
  ['police', ['policía', 'polícia', 'polizia', 'polizei']],
  ['league', ['liga', 'ligue']],
  ['federation', ['federación', 'federação', 'federazione', 'fédération']],
]);

/** Parties' names and their members' ("the Republican party", "Democrat Hillary Clinton"). */
/** A party's member named by the party alone ("a Libertarian", "Republican of Iowa"). */
export const partyMembers: ReadonlySet<string> = new Set(['Democrat', 'Republican', 'Independent', 'Libertarian', 'Tory', 'Whig', 'Socialist', 'Communist']);

export const partyNames: ReadonlySet<string> = new Set(['Republican', 'Democratic', 'Democrat', 'Labour', 'Labor', 'Conservative', 'Liberal', 'Green', 'Libertarian', 'Communist', 'Socialist', 'Nationalist', 'Progressive', 'Reform', 'Whig', 'Tory']);

/** Lower-case words that, after a name, make an organisation: "the Trump administration". */
export const governmentNouns = new Set(['administration', 'government', 'campaign', 'cabinet', 'regime']);

/** Fields that name a national agency or team before the country's name. */
const nationalBodyFields = new Set(['Environment', 'Health', 'Statistics', 'Transport', 'Parks', 'Elections', 'Industry', 'Fisheries', 'Immigration', 'Sport', 'Team']);

/**
 * "Environment Canada", "Statistics Norway", "Team USA": a national agency or team named by its
 * field and its country (whose name inside is the body's, no place of its own).
 */
export function isNationalBody(value: string): boolean {
  const space = value.indexOf(' ');
  return space > 0 && nationalBodyFields.has(value.slice(0, space)) && countryByName.has(value.slice(space + 1).toLowerCase());
}

/**
 * Nicknames of the North American major-league teams ("the Carolina Panthers", "the Lakers"):
 * after a city's or a region's name they make a team, which is no person and no place.
 */
export const teamNicknames: ReadonlySet<string> = new Set(
  (
    // NFL
    'Cardinals,Falcons,Ravens,Bills,Panthers,Bears,Bengals,Browns,Cowboys,Broncos,Lions,Packers,Texans,Colts,Jaguars,Chiefs,Raiders,Chargers,Rams,Dolphins,Vikings,Patriots,Saints,Giants,Jets,Eagles,Steelers,49ers,Seahawks,Buccaneers,Titans,Commanders,Redskins,' +
    // NBA
    'Hawks,Celtics,Nets,Hornets,Bulls,Cavaliers,Mavericks,Nuggets,Pistons,Warriors,Rockets,Pacers,Clippers,Lakers,Grizzlies,Bucks,Timberwolves,Pelicans,Knicks,Sixers,76ers,Suns,Trail Blazers,Kings,Spurs,Raptors,Wizards,' +
    // MLB
    'Diamondbacks,Braves,Orioles,Red Sox,Cubs,White Sox,Reds,Guardians,Indians,Rockies,Tigers,Astros,Royals,Angels,Dodgers,Marlins,Brewers,Twins,Mets,Yankees,Athletics,Phillies,Pirates,Padres,Mariners,Rays,Rangers,Blue Jays,Nationals,Expos,' +
    // NHL
    'Ducks,Coyotes,Bruins,Sabres,Flames,Hurricanes,Blackhawks,Blue Jackets,Stars,Red Wings,Oilers,Maple Leafs,Canadiens,Predators,Devils,Islanders,Senators,Flyers,Penguins,Sharks,Kraken,Blues,Canucks,Golden Knights,Capitals,Jets'
  ).split(','),
);

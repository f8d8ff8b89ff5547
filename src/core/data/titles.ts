/** Titles and role nouns. A title before a name marks a person and is kept as a role, not in the span. */

/** Capitalised titles that precede a person's name. */
export const titleWords = new Set(
  'President Vice Prime Minister Secretary Senator Sen. Representative Rep. Congressman Congresswoman Governor Gov. Lt. Lieutenant Mayor Judge Justice Chief Chancellor King Queen Prince Princess Pope Cardinal Archbishop Bishop Rabbi Imam Reverend Rev. Father Sheikh Ambassador Envoy Commissioner Director Deputy Speaker Leader General Gen. Admiral Adm. Colonel Col. Major Maj. Captain Capt. Sergeant Sgt. Officer Detective Inspector Sheriff Attorney Prosecutor Mr. Mrs. Ms. Miss Dr. Prof. Professor Sir Dame Lord Lady Chairman Chairwoman Chair CEO Spokesman Spokeswoman Spokesperson Premier Emir Sultan Ayatollah Coach Manager Minister-President President-elect Vice-President Secretary-General Director-General Attorney-General Governor-General Solicitor-General Inspector-General Auditor-General Surgeon-General Vice-Chancellor Commander-in-Chief Vice-Premier Chief-of-Staff Constable Superintendent Commander Marshal Trooper'.split(' '),
);

/** Words that may sit inside a title ("Secretary of State", "Minister of Foreign Affairs"). */
export const titleComplements = new Set(
  'of for the State Defense Defence Homeland Security Foreign Affairs Interior Justice Treasury Finance Health Commerce Energy Labor Labour Education Agriculture Transportation Transport Housing Veterans Economy Trade Public Security Environment Culture Tourism Migration Immigration Home Office General Staff Joint Chiefs National Intelligence Information Communications Development Industry Mines Works Welfare Social Interior Executive Operating Financial Technology Officer Economist Scientist Medical Strategist'.split(' '),
);

/** Lower-case role nouns used in role phrases ("the Salvadoran president", "the senator"). */
export const roleNouns = new Set(
  'president minister secretary senator governor mayor leader chancellor king queen prince pope ambassador envoy commissioner director spokesman spokeswoman spokesperson chairman chairwoman chief premier general admiral official diplomat lawmaker congressman congresswoman representative judge prosecutor candidate nominee pontiff monarch emir sultan ceo founder boss coach manager executive counsel lawyer attorney adviser advisor aide analyst economist professor researcher deputy councillor councilor MP strategist pollster'.split(' '),
);

/** Lower-case callings that introduce a person known by one name ("fashion designer Halston", "the singer Adele"). */
export const occupationNouns = new Set(
  'designer singer songwriter actor actress artist author writer novelist poet rapper photographer musician comedian filmmaker producer painter sculptor architect chef model dancer journalist reporter columnist blogger historian economist scientist researcher lawyer attorney activist entrepreneur businessman businesswoman billionaire inventor surgeon cartoonist illustrator guitarist drummer pianist composer conductor footballer striker goalkeeper midfielder defender boxer wrestler cyclist golfer'.split(' '),
);

/**
 * Nouns by which news refers back to an organisation it has named ("the agency", "the ruling
 * party"). "government" and "administration" are here too: they refer to the government actor.
 */
export const organizationRoleNouns = new Set(
  'agency ministry department company firm group organization organisation bank committee commission council court party union government administration army military police network newspaper broadcaster institute university foundation authority alliance coalition federation association corporation regulator watchdog charity airline carrier startup manufacturer insurer lender retailer club league cartel militia movement parliament congress senate legislature tribunal'.split(' '),
);

/** Honorifics that never join the role list on their own. */
export const honorifics = new Set('Mr. Mrs. Ms. Miss Dr. Sir Dame Lord Lady'.split(' '));

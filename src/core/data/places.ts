/** Places beyond countries and capitals: regions, states, cities and the words that end place names. */
import {cityNames} from './cities.js';
import {countries} from './countries.js';

const regions = `Soviet Union,USSR,Czechoslovakia,Yugoslavia,East Germany,West Germany,Eastern Europe,Western Europe,Southeast Asia,Pacific Northwest,Midwest,Kowloon,Africa,Asia,Europe,Antarctica,Oceania,North America,South America,Central America,Latin America,the Americas,Middle East,Caribbean,Balkans,Scandinavia,Siberia,Gaza,Gaza Strip,West Bank,Crimea,Donbas,Kashmir,Tibet,Hong Kong,Macau,Greenland,Puerto Rico,Kosovo,Chechnya,Darfur,Sahara,Sahel,Amazon,Patagonia,Andes,Himalayas,Alps,Mediterranean,Atlantic,Pacific,Arctic,Baltic,Silicon Valley,Wall Street,Capitol Hill,Downing Street,White House,D.C.,Washington D.C.,Washington DC,Whitehall,Westminster,Kremlin,Darien,Darién,Darien Gap,Darién Gap,Panama Canal,Suez Canal,Rio Grande,Texas,California,Florida,New York,New Jersey,Arizona,Nevada,Utah,Colorado,New Mexico,Oklahoma,Kansas,Nebraska,Iowa,Missouri,Arkansas,Louisiana,Mississippi,Alabama,Tennessee,Kentucky,Ohio,Indiana,Illinois,Michigan,Wisconsin,Minnesota,Dakota,North Dakota,South Dakota,Montana,Wyoming,Idaho,Oregon,Washington State,Alaska,Hawaii,Maine,Vermont,New Hampshire,Massachusetts,Rhode Island,Connecticut,Pennsylvania,Delaware,Maryland,Virginia,West Virginia,North Carolina,South Carolina,Ontario,Quebec,British Columbia,Alberta,Manitoba,Bavaria,Catalonia,Andalusia,Lombardy,Sicily,Sardinia,Corsica,Normandy,Brittany,Provence,Flanders,Wallonia,Ulster,Northern Ireland,Queensland,Victoria,Tasmania,New South Wales,Punjab,Bengal,Kerala,Gujarat,Sinai,Anatolia,Kurdistan,Lapland,Yorkshire,Lancashire,Kent,Essex,Cornwall,Chiapas,Tijuana,Juarez,Ciudad Juarez,Monterrey,Guadalajara,Cancun,Oaxaca,Tapachula,Lagos,Kano,Mumbai,Delhi,Kolkata,Chennai,Bangalore,Karachi,Lahore,Shanghai,Shenzhen,Guangzhou,Wuhan,Osaka,Kyoto,Hiroshima,Nagasaki,Busan,Istanbul,Dubai,Jeddah,Mecca,Medina,Aleppo,Homs,Mosul,Basra,Fallujah,Kandahar,Herat,Kharkiv,Odesa,Odessa,Lviv,Mariupol,Bakhmut,Sevastopol,St. Petersburg,Saint Petersburg,Marseille,Lyon,Nice,Toulouse,Bordeaux,Munich,Hamburg,Frankfurt,Cologne,Milan,Naples,Venice,Florence,Turin,Barcelona,Valencia,Seville,Bilbao,Porto,Geneva,Zurich,Antwerp,Rotterdam,Manchester,Liverpool,Birmingham,Glasgow,Belfast,Oxford,Cambridge,Toronto,Montreal,Vancouver,Calgary,Sydney,Melbourne,Brisbane,Perth,Auckland,Rio de Janeiro,Sao Paulo,São Paulo,Medellin,Medellín,Cali,Cartagena,Guayaquil,Valparaiso,Cordoba,Rosario,Los Angeles,San Francisco,San Diego,San Antonio,El Paso,Houston,Dallas,Austin,Charlotte,Savannah,Camden,Flint,Chicago,Boston,Philadelphia,Miami,Atlanta,Seattle,Denver,Phoenix,Detroit,Baltimore,Las Vegas,New Orleans,Portland,Minneapolis,Pittsburgh,Cleveland,Nashville,Orlando,Tampa,Sacramento,Brooklyn,Manhattan,Queens,Bronx,Harlem,Hollywood,Guantanamo,Guantanamo Bay,Chernobyl,Fukushima,Pearl Harbor,Normandy,Ellis Island,Long Island,Staten Island,Martha's Vineyard,Mar-a-Lago,Camp David,Davos,Kigali,Soweto,Johannesburg,Cape Town,Durban,Mombasa,Timbuktu,Zanzibar,Madagascar,Antarctic,Earth,Mars,Moon,Jupiter,Saturn,Venus,Mercury`;

// First-level regions that news names without their country: states, provinces, Länder.
// Left out: names that are words or people ("Lorraine", "Burgundy", "Labrador", "Hesse", "Java").
const provinces = `Saskatchewan,Nova Scotia,New Brunswick,Newfoundland,Prince Edward Island,Yukon,Nunavut,Northwest Territories,Western Australia,South Australia,Northern Territory,Saxony,Lower Saxony,Thuringia,Brandenburg,North Rhine-Westphalia,Baden-Württemberg,Baden-Wurttemberg,Rhineland-Palatinate,Schleswig-Holstein,Mecklenburg-Vorpommern,Saarland,Tuscany,Umbria,Lazio,Piedmont,Veneto,Liguria,Calabria,Apulia,Puglia,Campania,Emilia-Romagna,Abruzzo,Basilicata,Friuli,South Tyrol,Trentino,Galicia,Basque Country,Asturias,Cantabria,Navarre,Castile,Extremadura,Canary Islands,Balearic Islands,Alsace,Occitania,Aquitaine,Auvergne,Île-de-France,Ile-de-France,Picardy,Languedoc,Midlands,West Midlands,East Anglia,Merseyside,Somerset,Sussex,Surrey,Hampshire,Dorset,Cumbria,Northumberland,Sonora,Sinaloa,Michoacán,Michoacan,Jalisco,Tamaulipas,Veracruz,Yucatán,Yucatan,Baja California,Zacatecas,Coahuila,Nuevo León,Nuevo Leon,Bahia,Minas Gerais,Amazonas,Rio Grande do Sul,Santa Catarina,Pernambuco,Uttar Pradesh,Maharashtra,Bihar,Rajasthan,Tamil Nadu,Karnataka,Andhra Pradesh,Telangana,Madhya Pradesh,Odisha,Assam,Manipur,Jharkhand,Haryana,Uttarakhand,Himachal Pradesh,Sikkim,Nagaland,Mizoram,Tripura,Meghalaya,Chhattisgarh,West Bengal,Xinjiang,Guangdong,Sichuan,Yunnan,Hubei,Hunan,Henan,Hebei,Shandong,Jiangsu,Zhejiang,Fujian,Inner Mongolia,Guangxi,Gansu,Shaanxi,Shanxi,Heilongjiang,Liaoning,Anhui,Jiangxi,Guizhou,Hainan,Qinghai,Ningxia,Dagestan,Tatarstan,Bashkortostan,Ingushetia,Yakutia,Anbar,Tigray,Amhara,Oromia,Kordofan,Katanga,North Kivu,South Kivu,Ituri,Cabo Delgado,Rakhine,Balochistan,Baluchistan,Khyber Pakhtunkhwa,Sindh,Aceh,Papua,Bali,Sumatra,Borneo,Mindanao,Luzon,Okinawa,Hokkaido,Galilee,Golan Heights,Negev,Tierra del Fuego`;

// US states as wire copy abbreviates them after a town ("Charlotte, N.C.", "Fresno, Calif."),
// less those that are also words or titles ("Miss.", "Ind.", "Del.", "Pa.", "Wash.", "La.", "Mo.").
const stateAbbreviations = `N.C.,N.Y.,N.J.,N.H.,N.M.,N.D.,S.C.,S.D.,R.I.,W.Va.,Calif.,Fla.,Tenn.,Ariz.,Colo.,Conn.,Okla.,Mich.,Minn.,Mass.,Tex.,Wis.,Wyo.,Ky.,Ga.,Ala.,Ark.,Neb.,Nev.,Ore.,Va.,Vt.,Md.,Kan.,Ill.,Mont.`;

/** Words that end multi-word place names ("Darien Gap", "Hudson River"). */
export const placeHeads = new Set(
  'Gap Mall Canal River Sea Ocean Gulf Bay Strait Straits Mountains Mountain Mount Mt. Statue Island Islands Peninsula Valley Desert Lake Lakes Falls Forest Park Street Avenue Boulevard Square Bridge County Province State District City Town Village Coast Basin Plateau Canyon Harbor Harbour Beach Hills Range Delta Border Region Territory Cape Reef Glacier Volcano Airport Port Springs Heights Cathedral Mosque Synagogue Temple Stadium Arena Station Zoo Theater Theatre Auditorium Pavilion Plaza'.split(' '),
);

/**
 * Buildings an institution runs: places by their head ("Kennedy Space Center", "Museum of Flight"),
 * yet named as organisations are, with "and" and "the" inside ("National Air and Space Museum").
 */
export const facilityHeads = new Set('Center Centre Museum Planetarium Aquarium Observatory Hospital Complex Hotel Memorial'.split(' '));
for (const head of facilityHeads) placeHeads.add(head);

/** Lower-cased names of states, provinces and continents' regions: larger than a town ("ohio", "victoria", "latin america"). */
export const largeRegions: ReadonlySet<string> = new Set(
  [
    ...provinces.split(','),
    ...'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming'.split(','),
    ...'Africa,Asia,Europe,North America,South America,Central America,Latin America,Middle East,Eastern Europe,Western Europe,Southeast Asia,Caribbean'.split(','),
  ].map((name) => name.toLowerCase()),
);

/** Lower-cased known place names. */
export const knownPlaces = new Set<string>();
for (const name of [...regions.split(','), ...provinces.split(','), ...stateAbbreviations.split(',')]) knownPlaces.add(name.toLowerCase());
// World cities (GeoNames): the towns a wire story is datelined in or mentions in passing.
// GeoNames spells them with their accents; English copy often drops them ("Bogota").
for (const name of cityNames) {
  const lower = name.toLowerCase();
  knownPlaces.add(lower);
  knownPlaces.add(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}
for (const country of countries) {
  for (const name of country.names) knownPlaces.add(name.toLowerCase());
  for (const capital of country.capitals) knownPlaces.add(capital.toLowerCase());
}

/** Compass words that make a region of a place, capitalised as they open one: "Southern Indiana", "East London". */
const compassNames = new Set('Northern Southern Eastern Western Central North South East West Northeast Northwest Southeast Southwest Upper Lower Greater Little Old'.split(' '));

/**
 * Words that open a place's name in the languages news leaves untranslated: "Calle Ocho", "Plaza
 * de Mayo", "Rue de Rivoli", "Casa Rosada", "Casa de Nariño".
 */
export const placeOpeners: ReadonlySet<string> = new Set(['Calle', 'Avenida', 'Rua', 'Rue', 'Avenue', 'Boulevard', 'Via', 'Viale', 'Piazza', 'Plaza', 'Praça', 'Plaça', 'Paseo', 'Calzada', 'Camino', 'Carrera', 'Casa', 'Palacio', 'Palazzo', 'Palais', 'Puerta', 'Porta', 'Place']);

/** The same words in lower case, for lookups by a name's first word. */
export const compassWords: ReadonlySet<string> = new Set([...compassNames].map((word) => word.toLowerCase()));

/** "Southern Indiana", "Northern Ontario": a capitalised compass word before a known place is a region of it. */
export function isRegionOfKnownPlace(value: string): boolean {
  const compass = /^(\p{Lu}\p{Ll}+)\s+/u.exec(value);
  return compass !== null && compassNames.has(compass[1]!) && knownPlaces.has(value.slice(compass[0].length).toLowerCase());
}

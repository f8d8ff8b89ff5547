/**
 * Countries with their demonyms and capitals. Demonyms are not entities themselves but link a
 * role phrase ("the Salvadoran president") to its country; capitals often stand for governments.
 * Format: name | other names | demonyms | capital.
 */
const rows = `Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bahamas||Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Belize||Belizean|Belmopan
Bolivia||Bolivian|La Paz
Bosnia||Bosnian|Sarajevo
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China|Chinese|Beijing
Colombia||Colombian|Bogota,Bogotá
Congo||Congolese|Kinshasa
Costa Rica||Costa Rican|San Jose,San José
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian,Ecuadorean|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran,Salvadorian|San Salvador
England||English|London
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|Guatemala City
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kuwait||Kuwaiti|Kuwait City
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|Luxembourg
Malaysia||Malaysian|Kuala Lumpur
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Morocco||Moroccan|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea||North Korean|Pyongyang
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian Territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Paraguay||Paraguayan|Asuncion,Asunción
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia||Saudi|Riyadh
Scotland||Scottish|Edinburgh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Singapore||Singaporean|Singapore
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Korea|South Korean,Korean|Seoul
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Türkiye|Turkish|Ankara
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE|Emirati|Abu Dhabi
United Kingdom|U.K.,UK,Britain,Great Britain|British|London
United States|U.S.,US,USA,U.S.A.,America,United States of America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vatican|Holy See|Vatican|Vatican City
Venezuela||Venezuelan|Caracas
Vietnam||Vietnamese|Hanoi
Wales||Welsh|Cardiff
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare`;

export interface Country {
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

export const countries: Country[] = rows.split('\n').map((row) => {
  const [name = '', other = '', demonyms = '', capitals = ''] = row.split('|');
  const list = (value: string) => (value ? value.split(',') : []);
  return {name, names: [name, ...list(other)], demonyms: list(demonyms), capitals: list(capitals)};
});

/** Lower-cased demonym → country. */
export const countryByDemonym = new Map<string, Country>();
/** Lower-cased name or alias → country. */
export const countryByName = new Map<string, Country>();
/** Lower-cased capital → country. */
export const countryByCapital = new Map<string, Country>();
// Regional demonyms link to their region the way national ones link to a country.
for (const [demonym, region] of [['Latin American', 'Latin America'], ['Central American', 'Central America'], ['South American', 'South America'], ['North American', 'North America'], ['European', 'Europe'], ['African', 'Africa'], ['Asian', 'Asia'], ['Arab', 'Middle East'], ['Caribbean', 'Caribbean']] as const) {
  countryByDemonym.set(demonym.toLowerCase(), {name: region, names: [region], demonyms: [demonym], capitals: []});
}
for (const country of countries) {
  for (const demonym of country.demonyms) countryByDemonym.set(demonym.toLowerCase(), country);
  for (const name of country.names) countryByName.set(name.toLowerCase(), country);
  for (const capital of country.capitals) countryByCapital.set(capital.toLowerCase(), country);
}

/**
 * Countries with their demonyms and capitals. Demonyms are not entities themselves but link a
 * role phrase ("the Salvadoran president") to its country; capitals often stand for governments.
 * Format: name | other names | demonyms | capital. Every UN member and observer state and the
 * territories news names as places of their own; the first other name, if any, names the
 * country's government ("U.S. government"), so it comes first only when it reads well there.
 */
const rows = `Abkhazia||Abkhaz,Abkhazian|Sukhumi
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
American Samoa||American Samoan|Pago Pago
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Anguilla||Anguillan,Anguillian|
Antigua and Barbuda|Antigua|Antiguan,Barbudan|St. John's,Saint John's
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Aruba||Aruban|Oranjestad
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas||Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian,Bajan|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bermuda||Bermudian|
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz,Sucre
Bosnia|Bosnia and Herzegovina,Bosnia-Herzegovina,Bosnia & Herzegovina|Bosnian|Sarajevo
Botswana||Botswanan,Motswana,Batswana|Gaborone
Brazil||Brazilian|Brasilia,Brasília
British Virgin Islands||British Virgin Islander|Road Town
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso|Burkina|Burkinabe,Burkinabè|Ouagadougou
Burundi||Burundian|Gitega,Bujumbura
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde,Yaoundé
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Cayman Islands|Caymans|Caymanian|George Town
Central African Republic||Central African|Bangui
Chad||Chadian|N'Djamena,Ndjamena
Chile||Chilean|Santiago
China|People's Republic of China,Mainland China|Chinese|Beijing
Colombia||Colombian|Bogota,Bogotá
Comoros|Comoro Islands|Comoran,Comorian|Moroni
Congo|DR Congo,DRC,Democratic Republic of the Congo,Democratic Republic of Congo,Congo-Kinshasa,Zaire|Congolese|Kinshasa
Congo-Brazzaville|Republic of the Congo,Republic of Congo||Brazzaville
Cook Islands||Cook Islander|Avarua
Costa Rica||Costa Rican|San Jose,San José
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Curaçao|Curacao|Curaçaoan,Curacaoan|Willemstad
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominica||Dominican|Roseau
Dominican Republic||Dominican|Santo Domingo
East Timor|Timor-Leste,Timor Leste|East Timorese,Timorese|Dili
Ecuador||Ecuadorian,Ecuadorean|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran,Salvadorian|San Salvador
England||English|London
Equatorial Guinea||Equatorial Guinean,Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane,Lobamba
Ethiopia||Ethiopian|Addis Ababa
Falkland Islands|Falklands,Malvinas,Islas Malvinas|Falkland Islander|
Faroe Islands|Faroes,Faeroe Islands|Faroese|Torshavn,Tórshavn
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France||French|Paris
French Guiana||French Guianese|Cayenne
French Polynesia|Tahiti|French Polynesian,Tahitian|Papeete,Papeetē
Gabon||Gabonese|Libreville
Gambia||Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Gibraltar||Gibraltarian|
Greece||Greek|Athens
Greenland||Greenlandic,Greenlander|Nuuk
Grenada||Grenadian|St. George's,Saint George's
Guadeloupe||Guadeloupean,Guadeloupian|Basse-Terre
Guam||Guamanian|Hagatna,Hagåtña
Guatemala||Guatemalan|Guatemala City
Guernsey|||St. Peter Port,Saint Peter Port
Guinea||Guinean|Conakry
Guinea-Bissau|Guinea Bissau|Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic,Icelander|Reykjavik,Reykjavík
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Isle of Man||Manx|
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Côte d'Ivoire,Côte d’Ivoire,Cote d'Ivoire,Cote d’Ivoire|Ivorian|Yamoussoukro
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh,Kazakhstani|Astana
Kenya||Kenyan|Nairobi
Kiribati||I-Kiribati|Tarawa,South Tarawa
Kosovo||Kosovar,Kosovan|Pristina,Priština,Prishtina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz Republic,Kirghizia|Kyrgyz,Kyrgyzstani|Bishkek
Laos|Lao PDR|Laotian,Lao|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho,Mosotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish,Luxembourger|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives|Maldive Islands|Maldivian|Malé
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Martinique||Martinican|Fort-de-France
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mayotte||Mahoran|Mamoudzou
Mexico||Mexican|Mexico City
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Moldova||Moldovan|Chisinau,Chișinău
Monaco||Monegasque,Monégasque|Monaco
Mongolia||Mongolian|Ulaanbaatar,Ulan Bator
Montenegro||Montenegrin|Podgorica
Montserrat||Montserratian|Brades
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw,Naypyitaw
Namibia||Namibian|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Caledonia||New Caledonian|Noumea,Nouméa
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
Niue||Niuean|Alofi
North Korea|Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Northern Cyprus|Turkish Republic of Northern Cyprus,TRNC|Turkish Cypriot|
Northern Ireland||Northern Irish|Belfast
Northern Mariana Islands|Northern Marianas|Northern Mariana Islander|Saipan
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau||Palauan|Ngerulmud
Palestine|Palestinian Territories,State of Palestine,Occupied Palestinian Territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion,Asunción
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Puerto Rico||Puerto Rican|San Juan
Qatar||Qatari|Doha
Reunion|Réunion|Reunionese,Réunionese|Saint-Denis
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|St. Kitts and Nevis,St Kitts and Nevis,Saint Kitts,St. Kitts|Kittitian,Nevisian|Basseterre
Saint Lucia|St. Lucia,St Lucia|Saint Lucian,St. Lucian|Castries
Saint Vincent and the Grenadines|St. Vincent and the Grenadines,St Vincent and the Grenadines,Saint Vincent,St. Vincent|Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|São Tomé and Príncipe,São Tomé & Príncipe|Santomean|Sao Tome,São Tomé
Saudi Arabia||Saudi,Saudi Arabian|Riyadh
Scotland||Scottish|Edinburgh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|Singapore
Sint Maarten||St. Maartener|Philipsburg
Slovakia||Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Solomon Islands|Solomons|Solomon Islander|Honiara
Somalia||Somali|Mogadishu
Somaliland||Somalilander|Hargeisa
South Africa||South African|Pretoria,Cape Town,Bloemfontein
South Korea|Korea,Republic of Korea|South Korean,Korean|Seoul
South Ossetia||South Ossetian,Ossetian|Tskhinvali
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname|Surinam|Surinamese|Paramaribo
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik,Tajikistani|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Togo||Togolese|Lome,Lomé
Tonga||Tongan|Nuku'alofa
Transnistria|Pridnestrovie|Transnistrian|Tiraspol
Trinidad and Tobago|Trinidad|Trinidadian,Tobagonian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Türkiye,Turkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Turks and Caicos Islands|Turks and Caicos|Turks and Caicos Islander|Cockburn Town
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.|Emirati|Abu Dhabi
United Kingdom|U.K.,UK,Britain,Great Britain|British|London
United States|U.S.,US,USA,U.S.A.,America,United States of America|American|Washington
United States Virgin Islands|U.S. Virgin Islands,US Virgin Islands|Virgin Islander|Charlotte Amalie
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek,Uzbekistani|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican|Holy See,Vatican City|Vatican|Vatican City
Venezuela||Venezuelan|Caracas
Vietnam||Vietnamese|Hanoi
Wales||Welsh|Cardiff
Western Sahara||Sahrawi,Sahrawian|Laayoune,El Aaiún
Yemen||Yemeni|Sanaa,Sana'a
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

/**
 * Languages that are no country's demonym: like a demonym, a language's name is no entity
 * ("books in German, Hebrew and Japanese").
 */
export const languageNames: ReadonlySet<string> = new Set(
  'Arabic Aramaic Bengali Cantonese Catalan Esperanto Farsi Gaelic Hebrew Hindi Latin Mandarin Punjabi Sanskrit Swahili Tagalog Urdu Yiddish Yoruba Zulu'.split(' '),
);

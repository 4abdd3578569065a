// Places a news reader knows without context: countries, regions, capitals and major cities.

const COUNTRIES = `Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|
Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo|Croatia|Cuba|
Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|
Guatemala|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Macau|Malaysia|Mali|
Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|
Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|
Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|
Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|
Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|
Zimbabwe|U.S.|U.K.|US|UK|UAE|USA|America|Gaza|West Bank|Crimea|Europe|Asia|Africa|Antarctica|Siberia|Middle East|Latin America`;

const CITIES = `Abu Dhabi|Amsterdam|Ankara|Athens|Baghdad|Bangkok|Barcelona|Beijing|Beirut|Belgrade|Berlin|Bogota|Boston|
Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Caracas|Chicago|Chongqing|Copenhagen|Damascus|Delhi|Dhaka|Doha|Dubai|
Dublin|Frankfurt|Geneva|Guangzhou|Hangzhou|Hanoi|Havana|Helsinki|Ho Chi Minh City|Houston|Islamabad|Istanbul|Jakarta|
Jerusalem|Johannesburg|Kabul|Karachi|Kharkiv|Kyiv|Kiev|Lagos|Lima|Lisbon|London|Los Angeles|Madrid|Manila|Melbourne|
Mexico City|Miami|Milan|Minsk|Moscow|Mumbai|Munich|Nairobi|New Delhi|New York|Ningbo|Oslo|Ottawa|Paris|Prague|
Pyongyang|Riyadh|Rome|San Francisco|Santiago|Sao Paulo|Seoul|Shanghai|Shenzhen|Stockholm|St Petersburg|Sydney|Taipei|
Tehran|Tel Aviv|Tianjin|Tokyo|Toronto|Vienna|Vladivostok|Warsaw|Washington|Wuhan|Xiamen|Zurich`;

const toSet = (list: string): ReadonlySet<string> => new Set(list.split('|').map((name) => name.trim()));

/** Countries, regions and cities, by their usual English names. */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([...toSet(COUNTRIES), ...toSet(CITIES)]);

const NATURAL_FEATURES = `Rhine|Rhone|Rhône|Danube|Elbe|Oder|Vistula|Dnieper|Dniester|Volga|Seine|Loire|Garonne|Tagus|Ebro|Tiber|Thames|
Nile|Niger River|Zambezi|Limpopo|Yangtze|Mekong|Ganges|Indus|Brahmaputra|Euphrates|Tigris|Yukon|Rio Grande|Alps|Andes|
Himalayas|Pyrenees|Rockies|Urals|Carpathians|Apennines|Dolomites|Caucasus|Matterhorn|Mont Blanc|Everest|Kilimanjaro|
Sahara|Gobi|Kalahari|Mediterranean|Adriatic|Aegean|Baltic Sea|Black Sea|North Sea|Red Sea|Caspian|Arctic|Antarctic`;

/** Rivers, mountains, seas and deserts: places by any context (none is also a club's or a firm's usual name). */
export const NATURAL_PLACES: ReadonlySet<string> = toSet(NATURAL_FEATURES);

import "server-only";

/**
 * Model names of makes common in Poland that NHTSA vPIC lacks or lists only with their US
 * line-up. Suggestions only (the form accepts any text); merged with vPIC's models for the make.
 * Source: the manufacturers' European model line-ups, current and of the last ~25 years.
 * Keys are make names as `normalizeMakeName` leaves them.
 */
export const EUROPEAN_MODELS: Readonly<Record<string, readonly string[]>> = {
  skoda: ["Citigo", "Elroq", "Enyaq", "Fabia", "Favorit", "Felicia", "Kamiq", "Karoq", "Kodiaq", "Octavia", "Rapid", "Roomster", "Scala", "Superb", "Yeti"],
  seat: ["Alhambra", "Altea", "Arona", "Ateca", "Cordoba", "Exeo", "Ibiza", "Leon", "Mii", "Tarraco", "Toledo"],
  cupra: ["Ateca", "Born", "Formentor", "Leon", "Tavascan", "Terramar"],
  dacia: ["Bigster", "Dokker", "Duster", "Jogger", "Lodgy", "Logan", "Sandero", "Spring"],
  opel: ["Adam", "Agila", "Astra", "Combo", "Corsa", "Crossland", "Frontera", "Grandland", "Insignia", "Karl", "Meriva", "Mokka", "Movano", "Omega", "Signum", "Tigra", "Vectra", "Vivaro", "Zafira"],
  renault: ["Arkana", "Austral", "Captur", "Clio", "Espace", "Fluence", "Kadjar", "Kangoo", "Koleos", "Laguna", "Master", "Megane", "Rafale", "Scenic", "Symbioz", "Talisman", "Thalia", "Trafic", "Twingo", "Zoe"],
  peugeot: ["106", "107", "108", "206", "207", "208", "2008", "301", "306", "307", "308", "3008", "406", "407", "408", "508", "5008", "607", "Bipper", "Boxer", "Expert", "Partner", "Rifter", "Traveller"],
  citroen: ["Berlingo", "C1", "C2", "C3", "C3 Aircross", "C4", "C4 Cactus", "C4 Picasso", "C5", "C5 Aircross", "C5 X", "C8", "Jumper", "Jumpy", "Nemo", "Saxo", "SpaceTourer", "Xsara", "Xsara Picasso"],
  ds: ["DS 3", "DS 4", "DS 5", "DS 7", "DS 9"],
  fiat: ["126p", "500", "500L", "500X", "Albea", "Bravo", "Cinquecento", "Doblo", "Ducato", "Fiorino", "Grande Punto", "Multipla", "Panda", "Punto", "Qubo", "Sedici", "Seicento", "Stilo", "Tipo", "Uno"],
  fso: ["125p", "Lanos", "Polonez"],
  lada: ["Granta", "Kalina", "Niva", "Priora", "Samara", "Vesta"],
  volkswagen: ["Amarok", "Arteon", "Bora", "Caddy", "California", "Caravelle", "Crafter", "Fox", "Golf", "Golf Plus", "ID.3", "ID.4", "ID.5", "ID.7", "ID. Buzz", "Lupo", "Multivan", "Passat", "Phaeton", "Polo", "Scirocco", "Sharan", "T-Cross", "T-Roc", "Taigo", "Tiguan", "Touareg", "Touran", "Transporter", "up!"],
  ford: ["B-Max", "C-Max", "EcoSport", "Fiesta", "Focus", "Fusion", "Galaxy", "Ka", "Kuga", "Mondeo", "Puma", "Ranger", "S-Max", "Tourneo Connect", "Tourneo Custom", "Transit", "Transit Connect", "Transit Custom"],
  toyota: ["Auris", "Avensis", "Aygo", "Aygo X", "C-HR", "Corolla", "Corolla Cross", "Proace", "Proace City", "RAV4", "Verso", "Yaris", "Yaris Cross"],
  hyundai: ["Bayon", "Getz", "i10", "i20", "i30", "i40", "Ioniq", "Ioniq 5", "Ioniq 6", "ix20", "ix35", "Kona", "Santa Fe", "Tucson"],
  kia: ["Carens", "Ceed", "EV6", "Niro", "Picanto", "ProCeed", "Rio", "Sorento", "Soul", "Sportage", "Stonic", "Venga", "XCeed"],
  suzuki: ["Alto", "Baleno", "Celerio", "Grand Vitara", "Ignis", "Jimny", "S-Cross", "Splash", "Swace", "Swift", "SX4", "Vitara"],
  nissan: ["Almera", "Ariya", "Juke", "Leaf", "Micra", "Navara", "Note", "Primera", "Pulsar", "Qashqai", "Townstar", "X-Trail"],
  mg: ["HS", "MG3", "MG4", "MG5", "ZS"],
  ssangyong: ["Korando", "Musso", "Rexton", "Tivoli", "Torres"],
};

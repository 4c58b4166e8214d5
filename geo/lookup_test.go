package geo_test

import (
	"math"
	"testing"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
)

// MustBuiltin returns the built-in gazetteer or stops the test.
func MustBuiltin(tb testing.TB) *geo.Gazetteer {
	tb.Helper()
	g, err := geo.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// anyADM1 in a test case skips the check of Place.ADM1.
const anyADM1 = "*"

type resolution struct {
	name, hint string
	country    string
	adm1       string
	precision  string
	lat, lon   float64
}

const (
	country = geo.PrecisionCountry
	adm1    = geo.PrecisionADM1
	city    = geo.PrecisionCity
	feature = geo.PrecisionFeature
)

var resolutions = []resolution{
	// Capitals, in several spellings.
	{"Moscow", "", "RUS", "Moscow", city, 55.76, 37.62},
	{"Moskva", "", "RUS", "Moscow", city, 55.76, 37.62},
	{"Yerevan", "", "ARM", "Yerevan", city, 40.18, 44.51},
	{"Baku", "", "AZE", "Baku", city, 40.41, 49.87},
	{"Kyiv", "", "UKR", "Kyiv", city, 50.45, 30.52},
	{"Kiev", "", "UKR", "Kyiv", city, 50.45, 30.52},
	{"KYIV", "", "UKR", "Kyiv", city, 50.45, 30.52},
	{"Tbilisi", "", "GEO", "Tbilisi", city, 41.72, 44.79},
	{"Paris", "", "FRA", "Île-de-France", city, 48.86, 2.35},
	{"Paris", "FRA", "FRA", "Île-de-France", city, 48.86, 2.35},
	{"Beijing", "", "CHN", "Beijing", city, 39.90, 116.41},
	{"Peking", "", "CHN", "Beijing", city, 39.90, 116.41},
	{"Bogotá", "", "COL", "Bogotá Capital District", city, 4.71, -74.07},
	{"Reykjavík", "", "ISL", anyADM1, city, 64.15, -21.94},
	{"N'Djamena", "", "TCD", anyADM1, city, 12.13, 15.06},
	{"Ndjamena", "", "TCD", anyADM1, city, 12.13, 15.06},
	{"Sana'a", "", "YEM", "Amanat Al Asimah", city, 15.37, 44.19},
	{"Sanaa", "", "YEM", "Amanat Al Asimah", city, 15.37, 44.19},
	{"Ankara", "", "TUR", "Ankara", city, 39.93, 32.86},
	{"Tehran", "", "IRN", "Tehran", city, 35.69, 51.39},
	{"Jerusalem", "", "ISR", "Jerusalem District", city, 31.77, 35.21},
	{"Ramallah", "", "PSE", "West Bank", city, 31.90, 35.20},
	{"Pristina", "", "KSV", anyADM1, city, 42.66, 21.17},
	{"Taipei", "", "TWN", "Taipei", city, 25.03, 121.57},
	{"Brussels", "", "BEL", "Brussels-Capital Region", city, 50.85, 4.35},
	{"Mexico City", "", "MEX", "Mexico City", city, 19.43, -99.13},
	{"Luxembourg City", "", "LUX", anyADM1, city, 49.61, 6.13},

	// Washington: the capital; the state needs its own name.
	{"Washington", "", "USA", "District of Columbia", city, 38.90, -77.04},
	{"Washington", "USA", "USA", "District of Columbia", city, 38.90, -77.04},
	{"Washington, D.C.", "", "USA", "District of Columbia", city, 38.90, -77.04},
	{"Washington DC", "", "USA", "District of Columbia", city, 38.90, -77.04},
	{"Washington State", "", "USA", "Washington", adm1, 47.04, -122.90},

	// Georgia: the country, unless the hint is the United States.
	{"Georgia", "", "GEO", "", country, 41.72, 44.79},
	{"Georgia", "GEO", "GEO", "", country, 41.72, 44.79},
	{"Georgia", "USA", "USA", "Georgia", adm1, 33.75, -84.39},
	{"Georgia", "usa", "USA", "Georgia", adm1, 33.75, -84.39},
	{"Georgia, USA", "", "USA", "Georgia", adm1, 33.75, -84.39},
	{"Atlanta", "", "USA", "Georgia", city, 33.75, -84.39},

	// Springfield: three of them, all in the United States.
	{"Springfield", "USA", "USA", "Missouri", city, 37.21, -93.29},
	{"Springfield, Illinois", "", "USA", "Illinois", city, 39.78, -89.65},
	{"Springfield, IL", "USA", "USA", "Illinois", city, 39.78, -89.65},
	{"Springfield, Massachusetts", "", "USA", "Massachusetts", city, 42.10, -72.59},

	// The Caucasus.
	{"Stepanakert", "", "AZE", "Karabakh", city, 39.82, 46.75},
	{"Khankendi", "", "AZE", "Karabakh", city, 39.82, 46.75},
	{"Xankəndi", "", "AZE", "Karabakh", city, 39.82, 46.75},
	{"Nagorno-Karabakh", "", "AZE", "Karabakh", adm1, 39.88, 46.70},
	{"Nagorno Karabakh", "", "AZE", "Karabakh", adm1, 39.88, 46.70},
	{"Artsakh", "", "AZE", "Karabakh", adm1, 39.88, 46.70},
	{"Lachin corridor", "", "AZE", "East Zangezur", feature, 39.62, 46.53},
	{"the Lachin Corridor", "", "AZE", "East Zangezur", feature, 39.62, 46.53},
	{"Ganja", "", "AZE", "Ganja-Dashkasan", city, 40.68, 46.36},
	{"Gyumri", "", "ARM", "Shirak", city, 40.79, 43.85},
	{"Syunik", "", "ARM", "Syunik", adm1, 39.21, 46.41},
	{"Abkhazia", "", "XAB", "", country, 43.00, 41.02},
	{"Sukhumi", "", "XAB", "", city, 43.00, 41.02},
	{"South Ossetia", "", "XSO", "", country, 42.23, 43.97},
	{"Batumi", "", "GEO", "Adjara", city, 41.64, 41.63},
	{"Chechnya", "", "RUS", "Chechnya", adm1, 43.31, 45.69},
	{"Grozny", "", "RUS", "Chechnya", city, 43.31, 45.69},

	// Ukraine and Russia.
	{"Kharkiv", "", "UKR", "Kharkiv Oblast", city, 49.99, 36.23},
	{"Kharkov", "", "UKR", "Kharkiv Oblast", city, 49.99, 36.23},
	{"Kharkiv region", "", "UKR", "Kharkiv Oblast", adm1, 49.99, 36.23},
	{"Kharkiv Oblast", "", "UKR", "Kharkiv Oblast", adm1, 49.99, 36.23},
	{"Donbas", "", "UKR", "", adm1, 48.30, 38.30},
	{"Donbass", "", "UKR", "", adm1, 48.30, 38.30},
	{"Donetsk", "", "UKR", "Donetsk Oblast", city, 48.02, 37.80},
	{"Donetsk region", "", "UKR", "Donetsk Oblast", adm1, 48.02, 37.80},
	{"Donetsk People's Republic", "", "UKR", "Donetsk Oblast", adm1, 48.02, 37.80},
	{"Luhansk", "", "UKR", "Luhansk Oblast", city, 48.57, 39.31},
	{"Lugansk", "", "UKR", "Luhansk Oblast", city, 48.57, 39.31},
	{"Luhansk Oblast", "", "UKR", "Luhansk Oblast", adm1, 48.57, 39.31},
	{"Crimea", "", "UKR", "Crimea", adm1, 44.95, 34.10},
	{"Crimean Peninsula", "", "UKR", "Crimea", adm1, 44.95, 34.10},
	{"Sevastopol", "", "UKR", "Sevastopol", city, 44.62, 33.53},
	{"Simferopol", "", "UKR", "Crimea", city, 44.95, 34.10},
	{"Zaporizhzhia", "", "UKR", "Zaporizhzhia Oblast", city, 47.84, 35.14},
	{"Zaporozhye", "", "UKR", "Zaporizhzhia Oblast", city, 47.84, 35.14},
	{"Zaporizhzhia region", "", "UKR", "Zaporizhzhia Oblast", adm1, 47.84, 35.14},
	{"Zaporizhzhia Nuclear Power Plant", "", "UKR", "Zaporizhzhia Oblast", feature, 47.51, 34.59},
	{"Kherson", "", "UKR", "Kherson Oblast", city, 46.64, 32.62},
	{"Kherson Oblast", "", "UKR", "Kherson Oblast", adm1, 46.64, 32.62},
	{"Mariupol", "", "UKR", "Donetsk Oblast", city, 47.10, 37.54},
	{"Bakhmut", "", "UKR", "Donetsk Oblast", city, 48.60, 38.00},
	{"Artemivsk", "", "UKR", "Donetsk Oblast", city, 48.60, 38.00},
	{"Odesa", "", "UKR", "Odesa Oblast", city, 46.48, 30.72},
	{"Odessa", "", "UKR", "Odesa Oblast", city, 46.48, 30.72},
	{"Lviv", "", "UKR", "Lviv Oblast", city, 49.84, 24.03},
	{"Chernobyl", "", "UKR", "Kyiv Oblast", feature, 51.27, 30.22},
	{"Saint Petersburg", "", "RUS", "Saint Petersburg", city, 59.94, 30.31},
	{"St. Petersburg", "", "RUS", "Saint Petersburg", city, 59.94, 30.31},
	{"St Petersburg", "", "RUS", "Saint Petersburg", city, 59.94, 30.31},
	{"Leningrad", "", "RUS", "Saint Petersburg", city, 59.94, 30.31},
	{"Belgorod", "", "RUS", "Belgorod Oblast", city, 50.60, 36.59},
	{"Kursk region", "", "RUS", "Kursk Oblast", adm1, 51.73, 36.19},
	{"Kaliningrad", "", "RUS", "Kaliningrad Oblast", city, 54.71, 20.50},
	{"Sea of Azov", "", "", "", feature, 46.00, 36.50},
	{"Black Sea", "", "", "", feature, 43.00, 34.00},
	{"Kerch Strait", "", "", "", feature, 45.30, 36.50},
	{"Transnistria", "", "XTR", "", country, 46.84, 29.64},
	{"Tiraspol", "", "XTR", "", city, 46.84, 29.64},
	{"Kosovo", "", "KSV", "", country, 42.66, 21.17},

	// The Middle East.
	{"Gaza City", "", "PSE", "Gaza Strip", city, 31.50, 34.47},
	{"Gaza", "", "PSE", "Gaza Strip", adm1, 31.42, 34.38},
	{"Gaza Strip", "", "PSE", "Gaza Strip", adm1, 31.42, 34.38},
	{"the Gaza Strip", "", "PSE", "Gaza Strip", adm1, 31.42, 34.38},
	{"Rafah", "", "PSE", "Gaza Strip", city, 31.30, 34.24},
	{"Khan Younis", "", "PSE", "Gaza Strip", city, 31.34, 34.31},
	{"West Bank", "", "PSE", "West Bank", adm1, 31.95, 35.25},
	{"East Jerusalem", "", "PSE", "West Bank", adm1, 31.78, 35.23},
	{"Golan Heights", "", "SYR", "Quneitra", adm1, 33.00, 35.75},
	{"Sinai", "", "EGY", "", adm1, 29.50, 33.80},
	{"Sinai Peninsula", "", "EGY", "", adm1, 29.50, 33.80},
	{"Tel Aviv", "", "ISR", "Tel Aviv District", city, 32.09, 34.78},
	{"Be'er Sheva", "", "ISR", "Southern District", city, 31.25, 34.79},
	{"Idlib", "", "SYR", "Idlib", city, 35.93, 36.63},
	{"Idlib Province", "", "SYR", "Idlib", adm1, 35.93, 36.63},
	{"Aleppo", "", "SYR", "Aleppo", city, 36.20, 37.13},
	{"Raqqa", "", "SYR", "Raqqa", city, 35.96, 39.01},
	{"Mosul", "", "IRQ", "Nineveh", city, 36.34, 43.13},
	{"Erbil", "", "IRQ", "Erbil", city, 36.19, 44.01},
	{"Kurdistan", "", "IRQ", "", adm1, 36.19, 44.01},
	{"Anbar", "", "IRQ", "Anbar", adm1, 33.43, 43.30},
	{"Isfahan", "", "IRN", "Isfahan", city, 32.65, 51.67},
	{"Tabriz", "", "IRN", "East Azerbaijan", city, 38.08, 46.29},
	{"Strait of Hormuz", "", "", "", feature, 26.57, 56.25},
	{"Red Sea", "", "", "", feature, 20.00, 38.50},
	{"Bab el-Mandeb", "", "", "", feature, 12.58, 43.33},
	{"Bab al-Mandab", "", "", "", feature, 12.58, 43.33},
	{"Hodeidah", "", "YEM", "Al Hudaydah", city, 14.80, 42.95},
	{"Tripoli", "", "LBY", "Tripoli", city, 32.89, 13.19},
	{"Tripoli", "LBN", "LBN", "North Governorate", city, 34.44, 35.85},
	{"Benghazi", "", "LBY", "Benghazi", city, 32.12, 20.07},
	{"Istanbul", "", "TUR", "Istanbul", city, 41.01, 28.98},
	{"İstanbul", "", "TUR", "Istanbul", city, 41.01, 28.98},
	{"Diyarbakir", "", "TUR", "Diyarbakır", city, 37.91, 40.23},
	{"Gaziantep", "", "TUR", "Gaziantep", city, 37.07, 37.38},

	// Africa.
	{"Darfur", "", "SDN", "", adm1, 13.50, 24.50},
	{"El Fasher", "", "SDN", "North Darfur", city, 13.63, 25.35},
	{"Tigray", "", "ETH", "Tigray", adm1, 13.50, 39.48},
	{"Mekelle", "", "ETH", "Tigray", city, 13.50, 39.48},
	{"Goma", "", "COD", "North Kivu", city, -1.68, 29.22},
	{"North Kivu", "", "COD", "North Kivu", adm1, -1.68, 29.22},
	{"Lagos", "", "NGA", "Lagos", city, 6.52, 3.38},
	{"Maiduguri", "", "NGA", "Borno", city, 11.84, 13.16},
	{"Borno", "", "NGA", "Borno", adm1, 11.84, 13.16},
	{"Niger", "", "NER", "", country, 13.51, 2.13},
	{"Niger", "NGA", "NGA", "Niger", adm1, 9.61, 6.56},
	{"Western Sahara", "", "ESH", "", country, 27.15, -13.20},
	{"Mogadishu", "", "SOM", "Banaadir", city, 2.05, 45.32},

	// Asia.
	{"Kashmir", "", "IND", "Jammu and Kashmir", adm1, 34.00, 74.80},
	{"Line of Control", "", "", "", feature, 34.30, 74.00},
	{"LoC", "", "", "", feature, 34.30, 74.00},
	{"Aksai Chin", "", "CHN", "Xinjiang", adm1, 35.20, 79.30},
	{"Arunachal Pradesh", "", "IND", "Arunachal Pradesh", adm1, 27.08, 93.61},
	{"Mumbai", "", "IND", "Maharashtra", city, 19.08, 72.88},
	{"Bombay", "", "IND", "Maharashtra", city, 19.08, 72.88},
	{"Calcutta", "", "IND", "West Bengal", city, 22.57, 88.36},
	{"Hyderabad", "", "IND", "Telangana", city, 17.39, 78.49},
	{"Hyderabad", "PAK", "PAK", "Sindh", city, 25.40, 68.37},
	{"Hyderabad, Pakistan", "", "PAK", "Sindh", city, 25.40, 68.37},
	{"Punjab", "", "PAK", "Punjab", adm1, 31.55, 74.35},
	{"Punjab", "IND", "IND", "Punjab", adm1, 30.73, 76.78},
	{"Khyber Pakhtunkhwa", "", "PAK", "Khyber Pakhtunkhwa", adm1, 34.01, 71.56},
	{"Kandahar", "", "AFG", "Kandahar", city, 31.61, 65.71},
	{"Helmand", "", "AFG", "Helmand", adm1, 31.59, 64.37},
	{"Xi'an", "", "CHN", "Shaanxi", city, 34.34, 108.94},
	{"Xian", "", "CHN", "Shaanxi", city, 34.34, 108.94},
	{"Ürümqi", "", "CHN", "Xinjiang", city, 43.83, 87.62},
	{"Urumqi", "", "CHN", "Xinjiang", city, 43.83, 87.62},
	{"Taiwan Strait", "", "", "", feature, 24.50, 119.50},
	{"South China Sea", "", "", "", feature, 12.00, 114.00},
	{"Spratly Islands", "", "", "", feature, 10.00, 114.50},
	{"Paracel Islands", "", "CHN", "Hainan", feature, 16.50, 112.00},
	{"Senkaku Islands", "", "JPN", "Okinawa", feature, 25.75, 123.50},
	{"Diaoyu Islands", "", "JPN", "Okinawa", feature, 25.75, 123.50},
	{"Kuril Islands", "", "RUS", "Sakhalin Oblast", feature, 46.00, 150.00},
	{"Kaohsiung", "", "TWN", "Kaohsiung", city, 22.63, 120.30},
	{"Hong Kong", "", "HKG", "", country, 22.32, 114.17},
	{"Mandalay", "", "MMR", "Mandalay Region", city, 21.97, 96.08},
	{"Rakhine", "", "MMR", "Rakhine State", adm1, 20.15, 92.90},
	{"Yangon", "", "MMR", "Yangon Region", city, 16.87, 96.20},
	{"Rangoon", "", "MMR", "Yangon Region", city, 16.87, 96.20},

	// Europe, with accents.
	{"Zürich", "", "CHE", "Zürich", city, 47.38, 8.54},
	{"Zurich", "", "CHE", "Zürich", city, 47.38, 8.54},
	{"Düsseldorf", "", "DEU", "North Rhine-Westphalia", city, 51.23, 6.77},
	{"Dusseldorf", "", "DEU", "North Rhine-Westphalia", city, 51.23, 6.77},
	{"Duesseldorf", "", "DEU", "North Rhine-Westphalia", city, 51.23, 6.77},
	{"Kraków", "", "POL", "Lesser Poland Voivodeship", city, 50.06, 19.94},
	{"Łódź", "", "POL", "Łódź Voivodeship", city, 51.76, 19.46},
	{"Lodz", "", "POL", "Łódź Voivodeship", city, 51.76, 19.46},
	{"Gdańsk", "", "POL", "Pomeranian Voivodeship", city, 54.35, 18.65},
	{"Bavaria", "", "DEU", "Bavaria", adm1, 48.14, 11.58},
	{"Munich", "", "DEU", "Bavaria", city, 48.14, 11.58},
	{"München", "", "DEU", "Bavaria", city, 48.14, 11.58},
	{"Île-de-France", "", "FRA", "Île-de-France", adm1, 48.86, 2.35},
	{"Ile de France", "", "FRA", "Île-de-France", adm1, 48.86, 2.35},
	{"Scotland", "", "GBR", "Scotland", adm1, 55.95, -3.19},
	{"Edinburgh", "", "GBR", "Scotland", city, 55.95, -3.19},
	{"London", "", "GBR", "England", city, 51.51, -0.13},
	{"London", "CAN", "CAN", "Ontario", city, 42.98, -81.25},
	{"Birmingham", "", "GBR", "England", city, 52.49, -1.89},
	{"Birmingham", "USA", "USA", "Alabama", city, 33.52, -86.81},
	{"The Hague", "", "NLD", "South Holland", city, 52.07, 4.30},
	{"Valencia", "", "ESP", "Valencian Community", city, 39.47, -0.38},
	{"Valencia", "VEN", "VEN", "Carabobo", city, 10.16, -68.00},
	{"Córdoba", "", "ARG", "Córdoba Province", city, -31.42, -64.19},
	{"Cordoba", "ESP", "ESP", "Andalusia", city, 37.89, -4.78},
	{"Luxembourg", "", "LUX", "", country, 49.61, 6.13},

	// The Americas and Oceania.
	{"São Paulo", "", "BRA", "São Paulo", city, -23.55, -46.63},
	{"Sao Paulo", "", "BRA", "São Paulo", city, -23.55, -46.63},
	{"SÃO PAULO", "", "BRA", "São Paulo", city, -23.55, -46.63},
	{"New York", "", "USA", "New York", city, 40.71, -74.01},
	{"NYC", "", "USA", "New York", city, 40.71, -74.01},
	{"New York State", "", "USA", "New York", adm1, 42.65, -73.76},
	{"Texas", "", "USA", "Texas", adm1, 30.27, -97.74},
	{"California", "", "USA", "California", adm1, 38.58, -121.49},
	{"Ontario", "", "CAN", "Ontario", adm1, 43.65, -79.38},
	{"Hamilton", "", "CAN", "Ontario", city, 43.26, -79.87},
	{"Hamilton", "BMU", "BMU", anyADM1, city, 32.29, -64.78},
	{"Kingston", "", "JAM", anyADM1, city, 17.97, -76.79},
	{"Mexico", "", "MEX", "", country, 19.43, -99.13},
	{"State of Mexico", "", "MEX", "State of Mexico", adm1, 19.28, -99.66},
	{"Victoria", "AUS", "AUS", "Victoria", adm1, -37.81, 144.96},
	{"Guantanamo Bay", "", "CUB", "Guantánamo", feature, 19.90, -75.15},

	// Seas and straits farther off.
	{"Suez Canal", "", "EGY", "", feature, 30.58, 32.30},
	{"Strait of Malacca", "", "", "", feature, 2.50, 101.50},
}

func TestLookup(t *testing.T) {
	g := MustBuiltin(t)
	if len(resolutions) < 100 {
		t.Fatalf("only %d resolutions; the table should hold at least 100", len(resolutions))
	}
	for _, tc := range resolutions {
		p, ok := g.Lookup(tc.name, tc.hint)
		if !ok {
			t.Errorf("Lookup(%q, %q): not found", tc.name, tc.hint)
			continue
		}
		if p.Country != tc.country || (tc.adm1 != anyADM1 && p.ADM1 != tc.adm1) || p.Precision != tc.precision {
			t.Errorf("Lookup(%q, %q) = %s, %q, %s (%s); want %s, %q, %s",
				tc.name, tc.hint, p.Country, p.ADM1, p.Precision, p.Name, tc.country, tc.adm1, tc.precision)
		}
		if math.Abs(p.Lat-tc.lat) > 0.5 || math.Abs(p.Lon-tc.lon) > 0.5 {
			t.Errorf("Lookup(%q, %q) = %s at %.2f, %.2f; want within 0.5° of %.2f, %.2f",
				tc.name, tc.hint, p.Name, p.Lat, p.Lon, tc.lat, tc.lon)
		}
	}
}

func TestLookupNotFound(t *testing.T) {
	g := MustBuiltin(t)
	for _, name := range []string{
		"", "   ", "the", ",", "Atlantis",
		"the Kremlin",  // an actor, not a place
		"Paris, Texas", // a qualifier no Paris matches
		"Springfield, Ohio",
		"Moscow, Idaho", // no Moscow in Idaho here
	} {
		if p, ok := g.Lookup(name, ""); ok {
			t.Errorf("Lookup(%q) = %+v; want not found", name, p)
		}
	}
}

func TestLookupNil(t *testing.T) {
	var g *geo.Gazetteer
	if _, ok := g.Lookup("Moscow", ""); ok {
		t.Error("nil gazetteer found a place")
	}
	if g.Len() != 0 {
		t.Error("nil gazetteer has places")
	}
	g.Phrases(func(string, annals.Place) { t.Error("nil gazetteer has phrases") })
}

// TestLookupHintElsewhere checks that a hint no place of the name matches
// does not hide the others.
func TestLookupHintElsewhere(t *testing.T) {
	g := MustBuiltin(t)
	p, ok := g.Lookup("Moscow", "USA")
	if !ok || p.Country != "RUS" {
		t.Errorf(`Lookup("Moscow", "USA") = %+v, %v; want Moscow, Russia`, p, ok)
	}
}

// TestLookupDeterministic looks every phrase up twice from fresh loads and
// expects the same answers.
func TestLookupDeterministic(t *testing.T) {
	g1, err := geo.Load(geo.BuiltinFiles()...)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := geo.Load(geo.BuiltinFiles()...)
	if err != nil {
		t.Fatal(err)
	}
	g1.Phrases(func(name string, p annals.Place) {
		a, _ := g1.Lookup(name, "")
		b, _ := g2.Lookup(name, "")
		if a != b {
			t.Errorf("Lookup(%q) gave %+v, then %+v", name, a, b)
		}
	})
}

// TestPhrasesResolve checks that every name of every place finds a place in
// the same country when that country is the hint.
func TestPhrasesResolve(t *testing.T) {
	g := MustBuiltin(t)
	n := 0
	g.Phrases(func(name string, want annals.Place) {
		n++
		got, ok := g.Lookup(name, want.Country)
		if !ok {
			t.Errorf("Lookup(%q, %q): not found", name, want.Country)
			return
		}
		if want.Country != "" && got.Country != want.Country {
			t.Errorf("Lookup(%q, %q) = %+v, in another country", name, want.Country, got)
		}
	})
	if n < g.Len() {
		t.Errorf("Phrases gave %d names for %d places", n, g.Len())
	}
}

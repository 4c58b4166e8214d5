package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The wire corpus of the ingest benchmark: invented news-agency stories of
// about 500 words, written from our own templates with real country names,
// so that the coder finds in them about as many events as in real copy
// (several per story, most sentences none).

// wireCountry is what a template needs to name a country.
type wireCountry struct{ name, adj, capital string }

var wireCountries = []wireCountry{
	{"Russia", "Russian", "Moscow"}, {"Ukraine", "Ukrainian", "Kyiv"}, {"Armenia", "Armenian", "Yerevan"},
	{"Azerbaijan", "Azerbaijani", "Baku"}, {"France", "French", "Paris"}, {"Germany", "German", "Berlin"},
	{"China", "Chinese", "Beijing"}, {"India", "Indian", "New Delhi"}, {"Pakistan", "Pakistani", "Islamabad"},
	{"Turkey", "Turkish", "Ankara"}, {"Iran", "Iranian", "Tehran"}, {"Israel", "Israeli", "Jerusalem"},
	{"Egypt", "Egyptian", "Cairo"}, {"Japan", "Japanese", "Tokyo"}, {"South Korea", "South Korean", "Seoul"},
	{"Brazil", "Brazilian", "Brasilia"}, {"Mexico", "Mexican", "Mexico City"}, {"Nigeria", "Nigerian", "Abuja"},
	{"Kenya", "Kenyan", "Nairobi"}, {"Ethiopia", "Ethiopian", "Addis Ababa"}, {"Sudan", "Sudanese", "Khartoum"},
	{"Syria", "Syrian", "Damascus"}, {"Iraq", "Iraqi", "Baghdad"}, {"Saudi Arabia", "Saudi", "Riyadh"},
	{"Poland", "Polish", "Warsaw"}, {"Italy", "Italian", "Rome"}, {"Spain", "Spanish", "Madrid"},
	{"Georgia", "Georgian", "Tbilisi"}, {"Serbia", "Serbian", "Belgrade"}, {"Greece", "Greek", "Athens"},
	{"Vietnam", "Vietnamese", "Hanoi"}, {"Indonesia", "Indonesian", "Jakarta"}, {"Colombia", "Colombian", "Bogota"},
	{"Venezuela", "Venezuelan", "Caracas"}, {"Algeria", "Algerian", "Algiers"}, {"Morocco", "Moroccan", "Rabat"},
}

var (
	wireTopics   = []string{"water sharing", "border security", "gas transit", "fishing rights", "trade tariffs", "prisoner exchanges", "refugee returns", "nuclear energy", "grain exports", "the disputed islands", "arms control", "visa rules", "rail links", "debt relief", "election monitoring"}
	wireWires    = []string{"Reuters", "AFP", "AP", "TASS", "Xinhua", "ANSA", "dpa", "Anadolu"}
	wireMonths   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	wireWeekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	wireGoods    = []string{"wheat", "crude oil", "natural gas", "copper", "cotton", "coffee", "steel", "fertiliser"}
)

// wireEvents are sentences that report something one country did to
// another; a and b are the two sides.
var wireEvents = []func(r *rand.Rand, a, b wireCountry) string{
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s accused %s on %s of violating the ceasefire along their shared border.", a.name, b.name, pick(r, wireWeekdays))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("The %s foreign minister met his %s counterpart in %s to discuss %s.", a.adj, b.adj, a.capital, pick(r, wireTopics))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s condemned the attack and called on %s to show restraint.", a.name, b.name)
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s troops shelled %s positions near the border overnight, the defence ministry in %s said.", a.adj, b.adj, b.capital)
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s said it would send humanitarian aid to %s after floods displaced %d,000 people.", a.name, b.name, 2+r.IntN(90))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s expelled %d %s diplomats on %s, accusing them of spying.", a.name, 2+r.IntN(8), b.adj, pick(r, wireWeekdays))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s praised %s for its part in brokering the agreement on %s.", a.name, b.name, pick(r, wireTopics))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("The %s president telephoned the %s prime minister on %s, the presidential office said.", a.adj, b.adj, pick(r, wireWeekdays))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s imposed new sanctions on %s over its %s policy.", a.name, b.name, pick(r, wireTopics))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s rejected the demands made by %s as unacceptable.", a.name, b.name)
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s and %s signed an agreement on %s on %s %d.", a.name, b.name, pick(r, wireTopics), pick(r, wireMonths), 1+r.IntN(28))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("%s will host talks with %s next week, a government spokesman said.", a.name, b.name)
	},
}

// wireFiller are sentences that report no event between countries.
var wireFiller = []func(r *rand.Rand, a, b wireCountry) string{
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("The talks, which lasted more than %d hours, were described by one official as difficult but useful.", 2+r.IntN(10))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("Trade between the two countries reached $%d.%d billion last year, according to official figures.", 1+r.IntN(60), r.IntN(10))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("Analysts said the dispute over %s was unlikely to be settled before the elections due in %s.", pick(r, wireTopics), pick(r, wireMonths))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return "The ministry gave no further details, and it was not clear when the next round of talks would take place."
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("Markets in the region were little changed on the news, with the main index in %s closing %d.%d percent higher.", a.capital, r.IntN(3), r.IntN(10))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return "The agreement still needs the approval of parliament, which is expected to vote on it within weeks."
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("Officials on both sides have met regularly since the fighting ended in %d, with little to show for it.", 1994+r.IntN(28))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return "Residents of villages along the border said they had heard explosions through the night and that many families had left."
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("The region has a population of about %d.%d million people, most of whom depend on farming and remittances.", 1+r.IntN(20), r.IntN(10))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return "A spokesman for the government declined to comment on the reports when contacted by telephone."
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("The %s currency has lost about %d percent of its value against the dollar since January.", a.adj, 3+r.IntN(40))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("Prices of %s rose %d percent in %s, driven by higher transport costs and a weak harvest.", pick(r, wireGoods), 2+r.IntN(30), pick(r, wireMonths))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("\"We are ready to continue the dialogue, but not at any price,\" the official told reporters in %s.", b.capital)
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return "Diplomats said the meeting had been planned for months but was postponed twice because of disagreements over the agenda."
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("The new road, which runs for %d kilometres through the mountains, is due to open by the end of the year.", 40+r.IntN(400))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("About %d,000 people work in the industry, which accounts for a %s of export earnings.", 5+r.IntN(300), pick(r, []string{"third", "quarter", "fifth", "tenth"}))
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return "Independent observers were not allowed into the area, and the figures could not be verified."
	},
	func(r *rand.Rand, a, b wireCountry) string {
		return fmt.Sprintf("Opinion polls published this month show the ruling party leading with about %d percent support.", 25+r.IntN(30))
	},
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// wireStory returns story i of the benchmark corpus as a JSONL line: a
// dateline, about 30 sentences (a quarter of them events) in 5 paragraphs,
// published on a day in 2023-2024.
func wireStory(i int) []byte {
	r := rand.New(rand.NewPCG(uint64(i), 99))
	a := pick(r, wireCountries)
	b := pick(r, wireCountries)
	for b == a {
		b = pick(r, wireCountries)
	}
	pub := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(730))
	var t strings.Builder
	fmt.Fprintf(&t, "%s, %s %d (%s) - ", strings.ToUpper(a.capital), pub.Month(), pub.Day(), pick(r, wireWires))
	for k := range 30 {
		if k > 0 && k%5 == 0 {
			t.WriteString("\n\n")
		} else if k > 0 {
			t.WriteByte(' ')
		}
		x, y := a, b
		if r.IntN(4) == 0 {
			x, y = y, x
		}
		if k == 0 || r.IntN(4) == 0 {
			t.WriteString(pick(r, wireEvents)(r, x, y))
		} else {
			t.WriteString(pick(r, wireFiller)(r, x, y))
		}
	}
	line, _ := json.Marshal(map[string]string{
		"id":     fmt.Sprintf("wire-%07d", i),
		"date":   pub.Format(time.DateOnly),
		"source": pick(r, []string{"Northgate Wire", "Lakeside Chronicle", "Harbour Daily"}),
		"text":   t.String(),
	})
	return append(line, '\n')
}

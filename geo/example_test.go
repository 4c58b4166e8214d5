package geo_test

import (
	"fmt"

	"github.com/annals-dev/annals/geo"
)

func ExampleGazetteer_Lookup() {
	g, err := geo.Builtin()
	if err != nil {
		panic(err)
	}
	for _, q := range []struct{ name, country string }{
		{"Kharkov", ""},
		{"Georgia", ""},
		{"Georgia", "USA"},
		{"Springfield, Illinois", ""},
		{"Lachin corridor", ""},
	} {
		p, ok := g.Lookup(q.name, q.country)
		if !ok {
			fmt.Println(q.name, "not found")
			continue
		}
		fmt.Printf("%s → %s (%s, %s; %s) at %.2f, %.2f\n", q.name, p.Name, p.Country, p.ADM1, p.Precision, p.Lat, p.Lon)
	}
	// Output:
	// Kharkov → Kharkiv (UKR, Kharkiv Oblast; city) at 49.99, 36.23
	// Georgia → Georgia (GEO, ; country) at 41.72, 44.79
	// Georgia → Georgia (USA, Georgia; adm1) at 33.75, -84.39
	// Springfield, Illinois → Springfield (USA, Illinois; city) at 39.78, -89.65
	// Lachin corridor → Lachin corridor (AZE, East Zangezur; feature) at 39.62, 46.53
}

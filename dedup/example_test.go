package dedup_test

import (
	"fmt"
	"time"

	"github.com/annals-dev/annals/dedup"
)

func ExampleIndex() {
	wire := `MAPUTO, May 2 - Mozambique and Malawi agreed on Thursday to build a second bridge over the Shire river at Chiromo, the two transport ministries said in a joint statement.

The 400-metre bridge, to be financed by a 60 million dollar loan from the African Development Bank, should open to traffic in 2027, Mozambican Transport Minister Celia Muianga told reporters.`

	reprint := `Mozambique, Malawi to build new Shire bridge

MAPUTO, May 2 – Mozambique and Malawi agreed Thursday to build a second bridge over the Shire river at Chiromo, the two transport ministries said in a joint statement.

The 400-metre bridge, to be financed by a 60 million dollar loan from the African Development Bank, should open to traffic in 2027, Mozambican Transport Minister Celia Muianga told reporters.

Share this article`

	other := `LILONGWE, May 2 - Malawi's parliament passed a budget on Thursday that raises spending on fertiliser subsidies by a quarter, Finance Minister Joseph Banda said after the vote.`

	x := dedup.New(dedup.DefaultOptions())
	day := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, d := range []dedup.Doc{
		{ID: "wire-1", Date: day, Publisher: "Southern Wire", OriginalSource: "Southern Wire", Text: wire},
		{ID: "site-7", Date: day.AddDate(0, 0, 1), Publisher: "Lakeside Daily", Text: reprint},
		{ID: "site-9", Date: day, Publisher: "Lakeside Daily", Text: other},
	} {
		group, dup, sim := x.Add(d)
		fmt.Printf("%s: group %s, copy %v, similarity %.1f\n", d.ID, group, dup, sim)
	}
	g, _ := x.Group("site-7")
	fmt.Println(g.ID, g.Members, g.Earliest.Format("2006-01-02"), g.OriginalSource, g.Publishers)
	// Output:
	// wire-1: group wire-1, copy false, similarity 0.0
	// site-7: group wire-1, copy true, similarity 0.9
	// site-9: group site-9, copy false, similarity 0.0
	// wire-1 [wire-1 site-7] 2024-05-02 Southern Wire 2
}

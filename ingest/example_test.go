package ingest_test

import (
	"fmt"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

func ExampleReadJSONL() {
	in := `{"id": "n1", "date": "2021-04-08", "source": "Example Wire", "text": "Putin called Aliyev."}
{"id": 2, "date": "April 8", "text": "A line with a bad date."}
{"id": "n3", "text": "A line with no date."}
`
	err := ingest.ReadJSONL(strings.NewReader(in), "news.jsonl",
		func(d *annals.Document) error {
			fmt.Printf("%s %s %q (%s)\n", d.ID, d.Date.Format("2006-01-02"), d.Text, d.Publisher)
			return nil
		},
		func(err error) error {
			fmt.Println("skip:", err)
			return nil // skip the line and go on
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// n1 2021-04-08 "Putin called Aliyev." (Example Wire)
	// skip: news.jsonl:2: date: want YYYY-MM-DD or YYYYMMDD, got "April 8"
	// n3 0001-01-01 "A line with no date." ()
}

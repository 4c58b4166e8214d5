package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

func ExampleReadFeed() {
	in := `<?xml version="1.0"?>
<rss version="2.0">
  <channel>
    <title>Example Wire</title>
    <item>
      <guid>ew-1</guid>
      <link>https://wire.example/1</link>
      <title>Talks in Lisk</title>
      <pubDate>Thu, 08 Apr 2021 23:30:00 -0500</pubDate>
      <description>&lt;p&gt;Rook met Desh in Lisk.&lt;/p&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</description>
    </item>
    <item>
      <title>A photo with no words</title>
    </item>
  </channel>
</rss>`
	err := ingest.ReadFeed(strings.NewReader(in), "wire.rss",
		func(d *annals.Document) error {
			fmt.Printf("%s %s %q (%s, %s)\n", d.ID, d.Date.Format("2006-01-02"), d.Text, d.Title, d.Publisher)
			return nil
		},
		func(err error) error {
			fmt.Println("skip:", err)
			return nil
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// ew-1 2021-04-08 "Rook met Desh in Lisk.\nThey agreed to meet again." (Talks in Lisk, Example Wire)
	// skip: wire.rss: item 2: no text: neither content nor description
}

func ExampleReadPath() {
	err := ingest.ReadPath(context.Background(), "testdata/input/warc", ingest.Options{},
		func(d *annals.Document) error {
			first, _, _ := strings.Cut(d.Text, "\n")
			fmt.Printf("%s %s\n  %.60s...\n", d.Date.Format("2006-01-02"), d.URL, first)
			return nil
		},
		func(err error) error {
			fmt.Println("skip:", err)
			return nil
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 2021-04-08 https://northgate.example/2021/04/river-accord
	//   The foreign ministers of Veldoran and Ostrava signed an acco...
	// 2021-04-10 https://kesh-post.example/city/2021/04/10/fuel-march
	//   Thousands of people marched through the centre of Kesh on Sa...
}

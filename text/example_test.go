package text_test

import (
	"fmt"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

func ExampleFold() {
	fmt.Println(text.Fold("Erdoğan\u2019s \u201cRoad Map\u201d \u2014 Łódź"))
	// Output: erdogan's "road map" - lodz
}

func ExampleTokenize() {
	s := "Baku's envoy didn't visit Nagorno-Karabakh, U.S. officials said."
	for _, tok := range text.Tokenize(s, annals.Span{Start: 0, End: len(s)}) {
		fmt.Printf("%d:%q ", tok.Start, tok.Norm)
	}
	fmt.Println()
	// Output: 0:"baku" 4:"'s" 7:"envoy" 13:"did" 16:"n't" 20:"visit" 26:"nagorno" 33:"-" 34:"karabakh" 42:"," 44:"u.s." 49:"officials" 59:"said" 63:"."
}

func ExampleSentences() {
	s := `Mr. Dahl arrived on Nov. 9. She met him in the U.S. It was "useful." "We agree," he said.`
	for _, sp := range text.Sentences(s, annals.Span{Start: 0, End: len(s)}) {
		fmt.Println(s[sp.Start:sp.End])
	}
	// Output:
	// Mr. Dahl arrived on Nov. 9.
	// She met him in the U.S.
	// It was "useful."
	// "We agree," he said.
}

func ExampleBody() {
	doc := &annals.Document{
		Publisher: "The Harbour Times",
		Text:      "OSLO, March 3 (Reuters) - The ministers met.\nPhoto: Jane Roe\nThey agreed.\nThe Harbour Times",
	}
	p := text.Body(doc)
	for _, sp := range p.Spans {
		fmt.Printf("code %q\n", doc.Text[sp.Start:sp.End])
	}
	for _, f := range p.Furniture {
		fmt.Printf("drop %q (%s)\n", doc.Text[f.Start:f.End], f.Reason)
	}
	fmt.Println("source", p.OriginalSource)
	// Output:
	// code "The ministers met."
	// code "They agreed."
	// drop "OSLO, March 3 (Reuters) -" (dateline credit)
	// drop "Photo: Jane Roe" (photo credit)
	// drop "The Harbour Times" (tag line)
	// source Reuters
}

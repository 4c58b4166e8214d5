package export_test

import (
	"fmt"
	"log"
	"os"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/export"
)

func ExampleNew() {
	events := []annals.Event{{
		Doc: "example-1", Sentence: 0, Date: "2024-03-13", DatePrecision: annals.PrecisionDay,
		Source: "TURGOV", Target: "RUSGOV", Code: "041", Root: "04", Quad: 1, Goldstein: 1,
		SourceText: "Recep Tayyip Erdogan", TargetText: "Vladimir Putin",
		VerbText: "held a telephone conversation", Start: 0, End: 97,
		Pattern: "verbs.txt:12 TELEPHONE",
	}}
	w, err := export.New(export.PLOVER, os.Stdout)
	if err != nil {
		log.Fatal(err)
	}
	for i := range events {
		if err := w.Write(&events[i]); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"8731662758231601423","date":"2024-03-13","event_type":"CONSULT","mode":"phone","actor":[{"code":"TUR","sector":"GOV","cameo_code":"TURGOV","actor_text":"Recep Tayyip Erdogan"}],"recipient":[{"code":"RUS","sector":"GOV","cameo_code":"RUSGOV","actor_text":"Vladimir Putin"}],"event_text":"held a telephone conversation","source_text":"Recep Tayyip Erdogan","target_text":"Vladimir Putin","doc":"example-1","sentence":0,"cameo_code":"041"}
}

func ExampleToPLOVER() {
	for _, code := range []annals.Code{"0311", "042", "1823", "020"} {
		m, ok := export.ToPLOVER(code)
		if !ok {
			fmt.Printf("%s: none (%s)\n", code, m.Note)
			continue
		}
		fmt.Printf("%s: %s mode=%q context=%q\n", code, m.Type, m.Mode, m.Context)
	}
	// Output:
	// 0311: AGREE mode="" context=["economic"]
	// 042: CONSULT mode="visit" context=[]
	// 1823: ASSAULT mode="" context=[]
	// 020: none (PLOVER drops CAMEO 02 (appeals))
}

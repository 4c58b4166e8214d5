package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeoImport imports a GeoNames file we wrote (an invented village, and
// a malformed line), looks the village up, and ingests a story that names it.
func TestGeoImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	places := filepath.Join(dir, "places.txt")
	rows := []string{
		"9000001\tZelena Dolyna\tZelena Dolyna\tZelenodolyna,Selena Dolina\t47.51\t33.12\tP\tPPL\tUA\t\t12\t\t\t\t1200\t\t100\tEurope/Kyiv\t2024-01-15",
		"9000002\tBroken\tBroken\t\tnorth\t33\tP\tPPL\tUA\t\t12\t\t\t\t0\t\t0\tEurope/Kyiv\t2024-01-15",
	}
	if err := os.WriteFile(places, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "", "geo", "import", "--db", db, places)
	if code != exitFailed || !strings.Contains(stderr, "places.txt:2") || !strings.Contains(stderr, "1 added") {
		t.Fatalf("import: exit %d, want %d with the bad line named:\n%s", code, exitFailed, stderr)
	}
	// Importing again adds nothing.
	if _, stderr, _ = run(t, "", "geo", "import", "--db", db, places); !strings.Contains(stderr, "0 added, 1 already stored") {
		t.Errorf("import again:\n%s", stderr)
	}

	out, stderr, code := run(t, "", "geo", "lookup", "--db", db, "Selena Dolina")
	var got struct {
		Name, Country, Gazetteer string
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Name != "Zelena Dolyna" || got.Country != "UKR" || got.Gazetteer != "imported" {
		t.Errorf("lookup: exit %d: %s %s", code, out, stderr)
	}
	if out, _, _ := run(t, "", "geo", "lookup", "--db", db, "Moscow"); !strings.Contains(out, `"gazetteer":"built-in"`) {
		t.Errorf("lookup Moscow: %s", out)
	}
	if _, _, code := run(t, "", "geo", "lookup", "--db", db, "Atlantis"); code == 0 {
		t.Error("lookup of an unknown place succeeded")
	}

	story := filepath.Join(dir, "story.jsonl")
	os.WriteFile(story, []byte(`{"id":"v1","date":"2024-05-10","text":"Russian forces shelled Ukrainian troops in Zelena Dolyna on Monday, the Ukrainian military said."}`+"\n"), 0o644)
	if _, stderr, code := run(t, "", "ingest", "--quiet", "--db", db, story); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	out, _, _ = run(t, "", "query", "--db", db, "--format", "jsonl")
	evs := decodeEvents(t, out)
	if len(evs) == 0 || evs[0].Location == nil || evs[0].Location.Name != "Zelena Dolyna" || evs[0].Location.Country != "UKR" {
		t.Fatalf("events %s: want one placed in Zelena Dolyna, UKR", out)
	}
}

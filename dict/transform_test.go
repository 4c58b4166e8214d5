package dict_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/annals-dev/annals/dict"
)

func TestTransformReadWrite(t *testing.T) {
	const src = "verb 190\n    pattern  ATTACK\n\ntransform 112\n    outer  SAY | CLAIM\n    inner  b . 190\n    event  a b\n\ntransform inner\n    outer  SAY\n    inner  a b inner\n    event  a b\n"
	d, err := dict.Load(dict.File{Name: "t.txt", Data: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Transforms == nil || len(d.Transforms.List) != 2 || len(d.Transforms.ByForm["says"]) != 2 || len(d.Transforms.ByForm["claimed"]) != 1 {
		t.Fatalf("transforms not indexed: %+v", d.Transforms)
	}
	var out bytes.Buffer
	if err := dict.Write(&out, d); err != nil {
		t.Fatal(err)
	}
	d2, err := dict.Load(dict.File{Name: "w.txt", Data: out.Bytes()})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	var again bytes.Buffer
	dict.Write(&again, d2)
	if again.String() != out.String() {
		t.Errorf("round trip differs:\n%s\n---\n%s", out.String(), again.String())
	}
	if none, _ := dict.Load(dict.File{Name: "n.txt", Data: []byte("verb 190\n    pattern  ATTACK\n")}); none.Transforms != nil {
		t.Error("a dictionary without transforms has a Transforms index")
	}
	for _, tt := range []struct{ name, body, want string }{
		{"unknown field", "    outer  SAY\n    inner  a b 190\n    event  a b\n    verb  X\n", "want outer"},
		{"inner of two words", "    outer  SAY\n    inner  a 190\n    event  a b\n", "SOURCE TARGET CODE"},
		{"event role not bound", "    outer  SAY\n    inner  a b 190\n    event  a c\n", "event role"},
		{"outer not a lemma", "    outer  say\n    inner  a b 190\n    event  a b\n", "lemma"},
		{"bad inner code", "    outer  SAY\n    inner  a b 999\n    event  a b\n", "inner code"},
		{"missing fields", "    outer  SAY\n", "want the fields"},
	} {
		_, err := dict.Load(dict.File{Name: "e.txt", Data: []byte("transform 112\n" + tt.body)})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error with %q", tt.name, err, tt.want)
		}
	}
}

package dict_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annals-dev/annals/dict"
)

// TestRulesRoundTrip turns every rule on (every switch yes, every value
// set), writes the dictionary and reads it back: a rule the writer or the
// reader forgets fails here, including rules added later.
func TestRulesRoundTrip(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "t.txt", Data: []byte("country RUS\n    name Russia\n")})
	if err != nil {
		t.Fatal(err)
	}
	var want dict.Rules
	v := reflect.ValueOf(&want).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int:
			f.SetInt(int64(3 + i))
		case reflect.String:
			f.SetString("XYZ")
		case reflect.Struct:
			for k := range f.NumField() {
				f.Field(k).SetInt(int64(2 + k))
			}
		default:
			t.Fatalf("rule %s of kind %s: teach this test to set it", v.Type().Field(i).Name, f.Kind())
		}
	}
	want.LoneAgent = "~" // "---", "~" or "none"
	d.Rules = want
	var b strings.Builder
	if err := dict.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	back, err := dict.Load(dict.File{Name: "written.txt", Data: []byte(b.String())})
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if back.Rules != want {
		t.Errorf("rules read back differ:\n got  %+v\n want %+v\nwritten:\n%s", back.Rules, want, b.String())
	}
}

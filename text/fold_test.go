package text_test

import (
	"testing"

	"github.com/annals-dev/annals/text"
)

var foldTests = []struct {
	in, want string
}{
	{"", ""},
	{"already lower", "already lower"},
	{"Mixed Case ASCII", "mixed case ascii"},
	{"Café", "cafe"},
	{"Erdoğan", "erdogan"},
	{"Łódź", "lodz"},
	{"Søren Ærø", "soren aero"},
	{"Straße", "strasse"},
	{"Œuvre", "oeuvre"},
	{"İstanbul ılık", "istanbul ilik"},
	{"Şuşa Ţara Ș Ț", "susa tara s t"},
	{"Əliyev Gəncə", "aliyev ganca"},
	{"Nguyễn Tấn Dũng", "nguyen tan dung"},
	{"Ḥamās", "hamas"},
	{"e\u0301te\u0301", "ete"}, // decomposed accents
	{"don\u2019t \u2018quote\u2019", "don't 'quote'"},
	{"\u201cDouble\u201d \u00abguillemets\u00bb \u201eGerman\u201c", `"double" "guillemets" "german"`},
	{"a\u2013b\u2014c\u2212d\u2010e", "a-b-c-d-e"},
	{"non\u00a0breaking\u2009thin\u3000wide", "non breaking thin wide"},
	{"soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"},
	{"wait\u2026", "wait..."},
	{"\ufb01nal", "final"},
	{"\uff21\uff22\uff43", "abc"},
	{"Москва", "москва"},
	{"ΑΘΗΝΑ", "αθηνα"},
	{"bad\xffbyte", "bad\ufffdbyte"},
	{"\xcc\u0305\x85", "\ufffd\ufffd"}, // invalid bytes do not join across a dropped mark
	{"\u212b", "a"},                    // the angstrom sign lowers to å
}

func TestFold(t *testing.T) {
	for _, tt := range foldTests {
		if got := text.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldLowerASCIIDoesNotAllocate(t *testing.T) {
	s := "the kremlin press service said on thursday"
	if n := testing.AllocsPerRun(100, func() { _ = text.Fold(s) }); n != 0 {
		t.Errorf("Fold of lower-case ASCII allocates %v times, want 0", n)
	}
}

package coder_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
)

// An invented dictionary with transforms of events about events.
const transformDict = `
actor GON
    name  Gondor
actor MOR
    name  Mordor
actor ROH
    name  Rohan

verb 010
    pattern  SAY
forms SAY
    is  say | says | said | saying
verb 190
    pattern  ATTACK
verb 036
    pattern  VISIT
verb 030
    pattern  WANT

transform 138
    outer  SAY
    inner  a b 190
    event  a b

transform 112
    outer  SAY
    inner  b . 190
    event  a b

transform inner
    outer  SAY
    inner  a b inner
    event  a b

transform 021
    outer  WANT
    inner  b . 190
    event  a b

transform 138
    outer  WANT
    inner  _ b 190
    event  a b
`

func TestTransforms(t *testing.T) {
	d, err := dict.Load(dict.File{Name: "t.txt", Data: []byte(transformDict)})
	if err != nil {
		t.Fatal(err)
	}
	c := coder.New(d)
	for _, tt := range []struct{ name, text, want string }{
		{"the speaker threatens", "Gondor said it would attack Mordor.", "GON>MOR:138"},
		{"the speaker accuses another", "Gondor said that Rohan had attacked.", "GON>ROH:112"},
		{"an accusation drops the inner target", "Gondor said that Rohan attacked Mordor.", "GON>ROH:112"},
		{"the inner code is kept", "Gondor says it will visit Mordor.", "GON>MOR:036"},
		{"an appeal to another", "Gondor wants Rohan to attack Mordor.", "GON>ROH:021"},
		{"an intent of the speaker", "Gondor wants to attack Mordor.", "GON>MOR:138"},
		{"a compound speaker", "Gondor and Rohan said they will attack Mordor.", "GON>MOR:138 ROH>MOR:138"},
		{"no inner event: nothing rewritten", "Gondor said that Mordor was quiet.", ""},
		{"a negated outer verb", "Gondor did not say it would attack Mordor.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := c.Code(context.Background(), &annals.Document{ID: "t", Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Source+">"+e.Target+":"+string(e.Code))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("%s\n got  %q\n want %q", tt.text, g, tt.want)
			}
		})
	}
}

package ingest_test

import (
	"testing"
	"time"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/ingest"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr string
	}{
		{"2021-04-08", day(2021, 4, 8), ""},
		{"20210408", day(2021, 4, 8), ""},
		{"2024-02-29", day(2024, 2, 29), ""},
		{"0001-01-01", day(1, 1, 1), ""},
		{"2023-02-29", time.Time{}, `parse date: no such day: "2023-02-29"`},
		{"2021-00-10", time.Time{}, `parse date: no such day: "2021-00-10"`},
		{"2021-04-00", time.Time{}, `parse date: no such day: "2021-04-00"`},
		{"2021-04-31", time.Time{}, `parse date: no such day: "2021-04-31"`},
		{"", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got ""`},
		{"2021-4-8", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got "2021-4-8"`},
		{"2021-04-08T00:00:00Z", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got "2021-04-08T00:00:00Z"`},
		{"+021-04-08", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got "+021-04-08"`},
		{"2021-0a-08", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got "2021-0a-08"`},
		{"2021040", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got "2021040"`},
		{"2021_04_08", time.Time{}, `parse date: want YYYY-MM-DD or YYYYMMDD, got "2021_04_08"`},
		{"a very long string that is nothing like a date at all", time.Time{},
			`parse date: want YYYY-MM-DD or YYYYMMDD, got "a very long string that is nothing like "...`},
	}
	for _, tt := range tests {
		got, err := ingest.ParseDate(tt.in)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr || annals.ErrorCode(err) != annals.EINVALID {
				t.Errorf("ParseDate(%q) error = %v, want %s (EINVALID)", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2021-04-08", "20210408", "2021-02-30", "", "9999-12-31", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ingest.ParseDate(s)
		if err != nil {
			return
		}
		// A date that parses prints back as one of the two accepted forms.
		if d.Format("2006-01-02") != s && d.Format("20060102") != s {
			t.Errorf("ParseDate(%q) = %v", s, d)
		}
	})
}

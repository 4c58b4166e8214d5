package load_test

import (
	"testing"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/load"
)

// FuzzData feeds any bytes to the loader as one dictionary file: whatever
// its detected format, reading and converting it must not panic, and a
// dictionary that loads must also write.
func FuzzData(f *testing.F) {
	for _, s := range []string{
		"ARNOR  [ARN]\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n",
		"<SYNSETS>\n&TIES\n+MILITARY\n+ECONOMIC\n</SYNSETS>\nRESTOR  [064]\n- * &TIES_TIES [902]\n- % * WITH + [031:032]\n- SAID_+ * ^ DEMAND_{ A_ | B } [###]\n",
		"GOVERNMENT_   [  ~GOV]\nHUMAN_RIGHTS_ACTIVISTS_   [  NGM~]\n",
		"!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG] # x\nPRESIDENT {} [~GOV]\n",
		"--- MEET  [040] ---\nMEET {MEETS MET MEETING}\n+SIT_DOWN [043]\n- * WITH $ [036] # x\n",
		"+World Golf Championships   # x\nBASEBALL\nMONTHS LATER_\n",
		"COMPLEX: VERBS[5] CONJ[4]\nDEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]\nSET: CONVERT AGENT = TRUE\n&X\n+A_B\n",
		"verb 032:033\n    pattern  % ... ATTEND* (a|b c*)\n\nrules\n    lone-agent  ~\n",
		"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX\nSET: CODE BY SENTENCE\nCOMMA: OFF\nCOMMA: MAX=x\n",
		"DEFAULT: SOURCE [DS] PRIOR TARGET [DT]\nDEFAULT: TARGET [DT] AFTER SOURCE\nCOMPLEX: CONJ[x] CONJ[-2] VERBS[5]\nCOMPLEX: CONJ[4]\n",
		"rules\n    default-source-late  yes\n    default-target-early  no\n    agents-adjacent  yes\n    complex-conj  4\n    complex-conj  -1\n",
		"ITHILEN TELEVISION  [ITHTV]\nPRINCE DOL_AMROTH  [--- <950630] [DOL]\nMOUSE= [MUS]\n",
		"actor ZR\n    name  zarnian ... radio | ... | a ... \n\nverb 161\n    pattern  WARN at ^ ... +\n\nrules\n    comma-clauses  2 10 2 10 255 0\n    source-first-in-clause  yes\n",
		convertVerbs2,
		"verb 190\n    pattern  ATTACK\n\ntransform inner\n    outer  SAY | WANT\n    inner  b . 190\n    event  a b\n",
		"---  X   [---]  ---\nX\n- * {A &B C} (TO {D}) $ [072]\n- { * ( [1]\n- * (A (B) C}) [2]\n~ a (b . X) Y = a b 112\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if load.Format(data) == "tabari-project" {
			return // a project names files on disk: not for a fuzzer to open
		}
		d, _, err := load.Data(dict.File{Name: "fuzz.txt", Data: data})
		if err != nil {
			return
		}
		var w discard
		if err := dict.Write(&w, d); err != nil {
			t.Fatal(err)
		}
	})
}

type discard struct{}

func (*discard) Write(p []byte) (int, error) { return len(p), nil }

package resolve

import "testing"

// TestHungarianChinese: a Chinese name in the Hungarian transcription
// (hyphened given name, cs, hsz, v, j) is the person its pinyin and
// Palladius spellings name; other Chinese names stay apart.
func TestHungarianChinese(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Vang Csun-hua", "Wang Chunhua", true},
		{"Vang Csun-hua", "Ван Чуньхуа", true},
		{"Csou Li-ming", "Zhou Liming", true},
		{"Hszi Csin-ping", "Xi Jinping", true},
		{"Vang Ji", "Wang Yi", true},
		{"Vang Csun-hua", "Wang Liming", false},
		{"Csou Li-ming", "Zhou Lihong", false},
	} {
		a, b := person("CHN", "", tt.a), person("CHN", "", tt.b)
		if _, got := Same(a, b); got != tt.same {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
		if !tt.same {
			continue
		}
		shared := false
		kb := map[string]bool{}
		for _, k := range Keys(b) {
			kb[k] = true
		}
		for _, k := range Keys(a) {
			shared = shared || kb[k]
		}
		if !shared {
			t.Errorf("%q and %q share no index key", tt.a, tt.b)
		}
	}
	if got := hunPinyin("Szabó Anna"); got != nil {
		t.Errorf("hunPinyin(Szabó Anna) = %q, want none", got)
	}
}

package event_test

// Turkish through the real stages: lang.Detect, text.Split, actor.Find,
// timex (inside event.Extract) and event.Extract. Every sentence and
// every person below is invented for these tests.

import (
	"strings"
	"testing"
	"time"

	"chancery/internal/lang"
	"chancery/internal/timex"
)

func TestTurkishEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		body string
		want []string
	}{
		// A meeting with a weekday, a place after "başkent" and two
		// persons: a role with its state before it, a counterpart with a
		// demonym ("Azerbaycanlı mevkidaşı").
		{"Türkiye Dışişleri Bakanı Kerem Yıldız salı günü başkent Bakü'de Azerbaycanlı mevkidaşı Tural Aliyev ile görüştü.",
			[]string{"CONSULT AZE,TUR 2023-11-14 in Baku [Kerem Yıldız(TUR:foreign minister); Tural Aliyev(AZE:foreign minister)]"}},
		{"Dışişleri Bakanı Kerem Yıldız, Cuma günü Ankara'da Azerbaycanlı mevkidaşı Tural Aliyev ile görüştü.",
			[]string{"CONSULT AZE,TUR 2023-11-10 [Kerem Yıldız(TUR:foreign minister); Tural Aliyev(AZE:foreign minister)]"}},
		{"Azerbaycan Dışişleri Bakanı Tural Aliyev salı günü Türk mevkidaşı Kerem Yıldız ile telefonda görüştü.",
			[]string{"CONSULT AZE,TUR 2023-11-14 [Kerem Yıldız(TUR:foreign minister); Tural Aliyev(AZE:foreign minister)]"}},
		// An ambassador named by the genitive of his state and his post
		// ("Türkiye'nin Moskova Büyükelçisi"), a deputy minister.
		{"Türkiye'nin Moskova Büyükelçisi Selim Oral, Rusya Dışişleri Bakan Yardımcısı Andrey Belov ile görüştü.",
			[]string{"CONSULT RUS,TUR [Andrey Belov(RUS:deputy foreign minister); Selim Oral(TUR:ambassador)]"}},
		{"Ukrayna Devlet Başkanı Oksana Hrytsenko 12 Kasım'da Varşova'yı ziyaret etti.",
			[]string{"CONSULT POL,UKR 2023-11-12 [Oksana Hrytsenko(UKR:president)]"}},
		// Agreements, with a relative day and a date whose case suffix
		// follows an apostrophe ("14 Kasım'da").
		{"Türkiye ile Azerbaycan dün Bakü'de enerji alanında bir anlaşma imzaladı.", []string{"AGREE AZE,TUR 2023-11-15"}},
		{"Sırbistan ile Macaristan 14 Kasım'da enerji alanında bir mutabakat zaptı imzaladı.", []string{"AGREE HUN,SRB 2023-11-14"}},
		// Requests, accusations, rejections: the object carries its case
		// suffix after an apostrophe ("Arjantin'den", "Belarus'u").
		{"Brezilya Arjantin'den ateşkes planına destek vermesini talep etti.", []string{"REQUEST BRA>ARG"}},
		{"Polonya Belarus'u yasa dışı göçü desteklemekle suçladı.", []string{"ACCUSE POL>BLR"}},
		{"Sırbistan 3 Ekim 2023'te Kosova'yı sınır ihlaliyle suçladı.", []string{"ACCUSE SRB>XKX 2023-10-03"}},
		{"Litvanya Rusya'nın Vilnius Büyükelçisini Dışişleri Bakanlığına çağırdı.", []string{"ACCUSE LTU>RUS", "PROTEST LTU>RUS"}},
		{"Gürcistan Rusya'nın taleplerini reddetti.", []string{"REJECT GEO>RUS"}},
		{"Sırbistan Kosova'nın önerisini kabul etmedi.", []string{"REJECT SRB>XKX"}},
		// Expulsions, sanctions, threats, deployments, withdrawals.
		{"Polonya iki Rus diplomatı sınır dışı etti.", []string{"COERCE POL>RUS"}},
		{"Gürcistan geçen hafta iki Rus diplomatı istenmeyen kişi ilan etti.", []string{"COERCE GEO>RUS 2023-11"}},
		{"Avrupa Birliği Rusya'ya yeni yaptırımlar uyguladı.", []string{"SANCTION EU>RUS"}},
		{"Kuzey Kore Güney Kore'yi askeri saldırıyla tehdit etti.", []string{"THREATEN PRK>KOR"}},
		{"Finlandiya Rusya sınırına asker konuşlandırdı.", []string{"MOBILIZE FIN>RUS"}},
		{"İran Irak'tan askerlerini geri çekti.", []string{"RETREAT IRN>IRQ"}},
		// Modes: the future and the negation are suffixes of the verb
		// ("ziyaret edecek", "imzalamadı", "imzalamayacak"); intent is a
		// verb after it ("güçlendirmek istiyor").
		{"Fransa Cumhurbaşkanı Jean Moreau gelecek hafta Pekin'i ziyaret edecek.",
			[]string{"CONSULT CHN,FRA future 2023-11 [Jean Moreau(FRA:president)]"}},
		{"Hırvatistan Dışişleri Bakanı Luka Horvat önümüzdeki salı Sırp mevkidaşı ile görüşecek.",
			[]string{"CONSULT HRV,SRB future 2023-11-21 [Luka Horvat(HRV:foreign minister)]"}},
		{"Almanya Ukrayna'ya hava savunma sistemleri gönderecek.", []string{"AID DEU>UKR future"}},
		{"Yunanistan Türkiye ile yeni bir anlaşma imzalamadı.", []string{"AGREE GRC,TUR negated"}},
		{"Ermenistan Azerbaycan ile barış anlaşması imzalamayacak.", []string{"AGREE ARM,AZE negated"}},
		{"Kazakistan Çin ile işbirliğini güçlendirmek istiyor.", []string{"COOPERATE CHN,KAZ intend"}},
	}
	for _, tt := range tests {
		a := analyse("tr", published, tt.body)
		got := describe(a)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s\n got  %q\n want %q", tt.body, got, tt.want)
		}
	}
}

func TestTurkishQuotes(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		// The speaker before the quote and the verb after it.
		{`Dışişleri Bakanı Kerem Yıldız, "İki ülke arasındaki ticaret artacak" dedi.`,
			[]string{"İki ülke arasındaki ticaret artacak=Kerem Yıldız"}},
		// The verb right after the quote, the speaker after the verb.
		{`"Bölgede kalıcı barış istiyoruz" dedi Dışişleri Bakanı Kerem Yıldız.`,
			[]string{"Bölgede kalıcı barış istiyoruz=Kerem Yıldız"}},
		// The participle "diyen" (saying) before the speaker.
		{`"Bölgede kalıcı barış istiyoruz" diyen Türkiye Dışişleri Bakanı Kerem Yıldız, Azerbaycan'a desteğini yineledi.`,
			[]string{"Bölgede kalıcı barış istiyoruz=Kerem Yıldız"}},
	}
	for _, tt := range tests {
		a := analyse("tr", "2023-11-16", tt.body)
		if got := quoteSpeakers(a); strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s\n got  %q\n want %q", tt.body, got, tt.want)
		}
	}
}

func TestTurkishDates(t *testing.T) {
	ref := timex.Ref{Time: time.Date(2023, 11, 16, 0, 0, 0, 0, time.UTC), Precision: timex.Day} // a Thursday
	tests := []struct{ s, want string }{
		{"Bakan 19 Nisan 2023 günü Bakü'deydi.", "19 Nisan 2023=2023-04-19"},
		{"Anlaşma 3 Ekim 2023 tarihinde imzalandı.", "3 Ekim 2023=2023-10-03"},
		{"İki bakan 14 Kasım'da görüştü.", "14 Kasım'da=2023-11-14"},
		{"Heyet Cuma günü Ankara'ya geldi.", "Cuma=2023-11-10"},
		{"Görüşme perşembe günü yapıldı.", "perşembe=2023-11-16"},
		{"Bakan dün açıklama yaptı.", "dün=2023-11-15"},
		{"Bakanlar yarın görüşecek.", "yarın=2023-11-17"},
		{"Heyet önceki gün Moskova'daydı.", "önceki gün=2023-11-14"},
		{"Taraflar geçen hafta bir araya geldi.", "geçen hafta=2023-11"},
		{"Zirve önümüzdeki salı yapılacak.", "önümüzdeki salı=2023-11-21"},
		{"Bakan geçen cuma Bakü'deydi.", "geçen cuma=2023-11-10"},
		{"Anlaşma geçen yıl imzalandı.", "geçen yıl=2022"},
		{"Seçim bu ay yapılacak.", "bu ay=2023-11"},
		{"Bakanlar bugüne kadar görüşmedi.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range timex.Find("tr", tt.s, ref) {
			got = append(got, d.Text+"="+d.Value)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("timex.Find(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestTurkishDetected(t *testing.T) {
	for _, s := range []string{
		"Dışişleri Bakanı Kerem Yıldız, Cuma günü Ankara'da Azerbaycanlı mevkidaşı Tural Aliyev ile görüştü. İki bakan enerji ve ulaştırma alanlarındaki işbirliğini ele aldı.",
		"Türkiye ile Azerbaycan dün Bakü'de enerji alanında bir anlaşma imzaladı.",
		"Avrupa Birliği Rusya'ya yeni yaptırımlar uyguladı ve Moskova'yı uyardı.",
	} {
		if got := lang.Detect(s); got != "tr" {
			t.Errorf("lang.Detect(%q) = %q, want tr", s, got)
		}
	}
}

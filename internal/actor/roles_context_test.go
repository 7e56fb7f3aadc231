package actor

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// TestRoleContexts: the ways news copy introduces a person, in five
// languages: role before the name, apposition, possessive states,
// honorifics, envoys of organizations, particles in names. Each case
// gives name|country|first role; "?" leaves the country unchecked (one
// sentence has too little context). The people are invented.
func TestRoleContexts(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Tomas Berglund, the country's foreign minister, said talks would resume.", "Tomas Berglund||foreign minister"},
		{"en", "According to Lena Vogt, a spokeswoman for the ministry, the talks failed.", "Lena Vogt||spokesperson"},
		{"en", "Deputy Foreign Minister Arif Demirel arrived in Baku.", "Arif Demirel|?|deputy foreign minister"},
		{"en", "Senator Marcia Blake criticized the deal.", "Marcia Blake||lawmaker"},
		{"en", "General Oumar Diallo met the delegation.", "Oumar Diallo||general"},
		{"en", "Mr Kofi Mensah told reporters the vote would go ahead.", "Kofi Mensah||"},
		{"en", "President-elect Ana Ferraz will take office in January.", "Ana Ferraz||president"},
		{"en", "The head of Ukraine's presidential office, Petro Marchuk, said Kyiv was ready.", "Petro Marchuk|UKR|head"},
		{"en", "EU foreign policy chief Greta van der Berg said the bloc would respond.", "Greta van der Berg||commissioner"},
		{"en", "NATO Secretary-General Lars Eriksen visited Vilnius.", "Lars Eriksen||secretary-general"},
		{"en", "UN Secretary-General Amadou Keita called for calm.", "Amadou Keita||secretary-general"},
		{"en", "Saudi Foreign Minister Faisal bin Salem met his Qatari counterpart.", "Faisal bin Salem|SAU|foreign minister"},
		{"en", "Foreign Minister Hana Sato's visit to Seoul was postponed.", "Hana Sato|KOR|foreign minister"},
		{"en", "The opposition leader, Viktor Hrabal, called the vote a fraud.", "Viktor Hrabal||leader"},
		{"en", "Defence Secretary Alan Pryce announced the deployment.", "Alan Pryce|GBR|defence minister"},
		{"en", "Chinese Premier Li Qiang met the delegation.", "Li Qiang|CHN|prime minister"},
		{"en", "Kazakh President Nurlan Abenov hosted the summit.", "Nurlan Abenov|KAZ|president"},
		{"en", "The talks were led by Iran's chief negotiator, Reza Karimi.", "Reza Karimi|IRN|head"},
		{"en", "Israeli Prime Minister Avi Cohen said the operation would continue.", "Avi Cohen|ISR|prime minister"},
		{"en", "Lithuanian Foreign Minister Jonas Petraitis told LRT that Vilnius would not back down.", "Jonas Petraitis|LTU|foreign minister"},
		{"de", "Bundeskanzler Markus Feld reist nach Paris.", "Markus Feld|DEU|chancellor"},
		{"de", "Außenamtssprecherin Jana Roth sagte, man prüfe den Fall.", "Jana Roth||spokesperson"},
		{"de", "Der ukrainische Präsident Wolodymyr Koval dankte Berlin.", "Wolodymyr Koval|UKR|president"},
		{"de", "Frankreichs Präsident Luc Marchand forderte eine Waffenruhe.", "Luc Marchand|FRA|president"},
		{"de", "NATO-Generalsekretär Lars Eriksen besuchte Vilnius.", "Lars Eriksen||secretary-general"},
		{"es", "El presidente de Colombia, Andrés Rueda, viajó a Quito.", "Andrés Rueda|COL|president"},
		{"es", "La vicepresidenta Marta Quiroga recibió al embajador.", "Marta Quiroga||vice president"},
		{"es", "El mandatario venezolano, Julio Pérez, denunció el bloqueo.", "Julio Pérez|VEN|president"},
		{"es", "Según el portavoz Tomás Ibarra, la reunión fue productiva.", "Tomás Ibarra||spokesperson"},
		{"fr", "Le président sénégalais Moussa Ndiaye a reçu son homologue.", "Moussa Ndiaye|SEN|president"},
		{"fr", "Selon la porte-parole du Quai d'Orsay, Claire Dumas, Paris condamne.", "Claire Dumas|FRA|spokesperson"},
		{"fr", "Le Premier ministre Jean Lefort a annoncé des sanctions.", "Jean Lefort||prime minister"},
		{"ru", "Президент Казахстана Нурлан Абенов провел переговоры.", "Нурлан Абенов|KAZ|president"},
		{"ru", "Официальный представитель МИД России Мария Орлова заявила, что Москва ответит.", "Мария Орлова|RUS|spokesperson"},
		{"ru", "Как сообщил глава МИД Армении Арсен Петросян, стороны договорились.", "Арсен Петросян|ARM|foreign minister"},
		{"ru", "Премьер-министр Грузии Ираклий Табидзе заявил о готовности к диалогу.", "Ираклий Табидзе|GEO|prime minister"},
	} {
		a := analyse(c.lang, c.text)
		want := strings.Split(c.want, "|")
		found := false
		var got []string
		for _, e := range a.Analysis.Entities {
			if e.Kind != news.KindPerson {
				continue
			}
			role := ""
			if len(e.Roles) > 0 {
				role = e.Roles[0]
			}
			got = append(got, e.Name+"|"+e.Country+"|"+role)
			if e.Name == want[0] && (want[1] == "?" || e.Country == want[1]) && role == want[2] {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: got %v, want %s", c.lang, c.text, got, c.want)
		}
	}
}

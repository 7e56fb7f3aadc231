package actor

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// TestPersonContexts: a person is found, whatever the role or country, in
// the ways quotes and reports introduce one (age, apposition after the
// quote, agency interviews, honorifics, dashes). The people are invented.
func TestPersonContexts(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Samir Khoury, 54, a former diplomat, said the talks had stalled.", "Samir Khoury"},
		// A diplomat with a demonym.
		{"fr", "Le diplomate chinois Li Wen a été accueilli lundi à Alger par le ministre algérien.", "Li Wen"},
		{"ru", "Китайский дипломат Ли Вэнь прибыл в Каир.", "Ли Вэнь"},
		// A title of nobility is no part of the name.
		{"en", "Chinese Foreign Minister Li Wei met his Saudi counterpart Prince Mansur bin Naser Al Harbi in Riyadh.", "Mansur bin Naser Al Harbi"},
		{"de", "Außenminister Jan Keller traf den saudischen Prinzen Mansur bin Naser.", "Mansur bin Naser"},
		// An organization's possessive before the apposition's role.
		{"en", "Lena Holmberg, WHO's director of health emergencies, told reporters that the team had left.", "Lena Holmberg"},
		{"en", "Lena Holmberg, the UN's special envoy, said aid was arriving.", "Lena Holmberg"},
		{"en", "\"We will not accept this,\" said Nadia Farouk, the head of the ministry's Gulf department.", "Nadia Farouk"},

		{"en", "Qatar's Prime Minister Sheikh Hamad bin Khalid Al Marri met the envoy.", "Hamad bin Khalid Al Marri"},
		// A capitalized particle joins a name also where the lower-case
		// word is a preposition (Italian "al").
		{"it", "Il ministro emiratino per gli Affari esteri, Rashid Al Ketbi, è arrivato a Roma.", "Rashid Al Ketbi"},
		{"es", "El canciller saudí, Nawaf Al Otaibi, llegó a Madrid.", "Nawaf Al Otaibi"},
		// Lawmakers and analysts with a compound role; a particle before
		// an institution is a preposition.
		{"de", "Die Oppositionspolitikerin Petra Lindner kritisierte das Abkommen scharf.", "Petra Lindner"},
		{"de", "\"Das ist ein Wendepunkt\", sagte der Politikwissenschaftler Jan Hoffmann von der Universität Leipzig.", "Jan Hoffmann"},
		// A letter and an apostrophe open a name.
		{"en", "Irish Foreign Minister Seán O'Brien met his counterpart in Dublin.", "Seán O'Brien"},
		// An honorific between two parts of a name is part of it.
		{"en", "The envoy was received in Mogadishu by President Ahmed Sheikh Abdi.", "Ahmed Sheikh Abdi"},
		{"en", "Ahmed Saleh told Reuters that Baghdad had summoned the envoy.", "Ahmed Saleh"},
		{"en", "In an interview with the BBC, Iraqi Foreign Minister Fuad Karim said Baghdad was ready.", "Fuad Karim"},
		{"en", "Prime Minister Elena Voss's office said the visit was postponed.", "Elena Voss"},
		{"fr", "« Nous ne céderons pas », a indiqué Paul Mbeki, porte-parole du ministère.", "Paul Mbeki"},
		{"es", "«No aceptaremos presiones», afirmó Luis Carrasco, vocero de la Cancillería.", "Luis Carrasco"},
		{"ru", "«Мы не допустим этого», — заявил глава МИД Сергей Воронов.", "Сергей Воронов"},
		{"pl", "– Nie zgodzimy się na to – powiedział minister Jan Kowal.", "Jan Kowal"},
		{"pt", "«Não aceitaremos», disse o chanceler Pedro Alves.", "Pedro Alves"},
		{"it", "«Non accetteremo», ha detto il ministro Marco Rossi.", "Marco Rossi"},
		{"de", "„Wir werden das nicht hinnehmen“, sagte Regierungssprecher Stefan Koch.", "Stefan Koch"},
		{"en", "Iraq's foreign ministry spokesman, Ahmed al-Sahaf, said Baghdad would respond.", "Ahmed al-Sahaf"},
		{"en", "Turkish Defence Minister Yasar Demir said the strikes targeted militants.", "Yasar Demir"},
		{"en", "Lawmaker Hassan Jaber called the strike a violation of sovereignty.", "Hassan Jaber"},
		{"en", "Analyst Maria Lopez said the move was symbolic.", "Maria Lopez"},
		{"en", "Amara Conteh (Sierra Leone) said the Council must act without delay.", "Amara Conteh"},
		{"en", "The representative of the Russian Federation, Oleg Barinov, said the draft was unbalanced.", "Oleg Barinov"},
		{"en", "Speaking for the Arab Group, Yousef Al-Harbi (Saudi Arabia) called for a ceasefire.", "Yousef Al-Harbi"},
		{"en", "H.E. Mr. Ranil Perera, Secretary of the Ministry of Foreign Affairs, received the delegation.", "Ranil Perera"},
		{"en", "Minister of Foreign Affairs Vijitha Herath met the Maldivian envoy.", "Vijitha Herath"},
		{"en", "10:45 MYT — Malaysian Prime Minister Anwar Rahim opened the summit.", "Anwar Rahim"},
		{"en", "Posted by Lina Tan. Thai Foreign Minister Somchai Suk said Bangkok supported the plan.", "Somchai Suk"},
		{"pl", "Szef MSZ Radosław Nowak spotkał się w Wilnie z litewskim odpowiednikiem.", "Radosław Nowak"},
		{"pl", "Minister Nowak powiedział, że Polska i Litwa podpisały porozumienie.", "Nowak"},
		{"pt", "O presidente Luiz Carvalho abriu a reunião do Mercosul em Brasília.", "Luiz Carvalho"},
		{"pt", "O chanceler sul-africano, Sipho Nkosi, elogiou a proposta.", "Sipho Nkosi"},
		{"en", "Iraqi Foreign Ministry spokesman Ahmed Rikabi said the envoy was summoned.", "Ahmed Rikabi"},
		{"en", "Turkey's ambassador to Baghdad, Ali Riza Oz, was summoned on Sunday.", "Ali Riza Oz"},
	} {
		a := analyse(c.lang, c.text)
		var got []string
		ok := false
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson {
				got = append(got, e.Name+"|"+e.Country+"|"+strings.Join(e.Roles, ","))
				if e.Name == c.want {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("%s %q: got %v", c.lang, c.text, got)
		}
	}
}

// TestOneFullNameOnePerson: a full name seen twice in an article is one
// person even when a second context suggests another country.
func TestOneFullNameOnePerson(t *testing.T) {
	body := "La ministre sénégalaise Awa Wade a reçu son homologue italien Marco Ferri. " +
		"Questionné par un reporter tunisien, Marco Ferri a refusé de commenter."
	a := analyse("fr", body)
	n := 0
	for _, e := range a.Analysis.Entities {
		if e.Kind == news.KindPerson && e.Name == "Marco Ferri" {
			n++
			if e.Country != "ITA" {
				t.Errorf("Marco Ferri: country %q, want ITA", e.Country)
			}
		}
	}
	if n != 1 {
		t.Errorf("Marco Ferri: %d persons, want 1: %+v", n, a.Analysis.Entities)
	}
}

package actor

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// canonical checks that a person's canonical name is exactly name (and
// that each surface form in also is one of its aliases).
func canonical(t *testing.T, lang, body, name string, also ...string) {
	t.Helper()
	a := analyse(lang, body)
	for _, e := range a.Analysis.Entities {
		if e.Kind != news.KindPerson || e.Name != name {
			continue
		}
		for _, s := range also {
			found := false
			for _, x := range e.Aliases {
				found = found || x == s
			}
			if !found {
				t.Errorf("%q: %s aliases %q, want %q", body, name, e.Aliases, s)
			}
		}
		return
	}
	t.Errorf("%q: no person named %q in %+v", body, name, a.Analysis.Entities)
}

func TestRussianNominative(t *testing.T) {
	for _, c := range []struct {
		body, name string
		also       []string
	}{
		{"Министр иностранных дел Литвы Томас Вайткус провел переговоры с армянским коллегой Ароном Мкртчяном.",
			"Арон Мкртчян", []string{"Ароном Мкртчяном"}},
		{"Президент Финляндии встретился с Сергеем Орловым, главой МИД России.",
			"Сергей Орлов", []string{"Сергеем Орловым"}},
		// Name particles in Russian; a portfolio between the role and its state.
		{"Посол Индии встретился в Маскате с государственным министром по иностранным делам Омана Саидом бин Хамадом аль-Харуси.",
			"Саид бин Хамад аль-Харуси", []string{"Саидом бин Хамадом аль-Харуси"}},
		{"Официальный представитель МИД России Анна Седова заявила, что диалог продолжится. По словам Седовой, ответ будет дан.",
			"Анна Седова", []string{"Седова", "Седовой"}},
		{"Заявление министра иностранных дел Казахстана Ерлана Нурова вызвало споры.",
			"Ерлан Нуров", []string{"Ерлана Нурова"}},
		{"Президент Египта направил послание премьер-министру Индии Раджу Кумару.",
			"Радж Кумар", nil},
		{"Глава МИД Китая провел переговоры с министром обороны Египта Ахмедом Саидом.",
			"Ахмед Саид", nil},
		{"Канцлер Австрии встретился с премьер-министром Дании Кирстен Ольсен.",
			"Кирстен Ольсен", nil},
		{"Министр обороны Китая Дун Цзюнь провел встречу с министром обороны Вьетнама Фан Ван Зангом.",
			"Фан Ван Занг", nil},
		{"Переговоры прошли по инициативе премьер-министра Индии Нарендры Шармы. Шарма прибыл в Москву накануне.",
			"Нарендра Шарма", []string{"Шарма"}},
		{"Глава МИД Венгрии Петер Сабо встретился с Юрием Маевским, послом Белоруссии. Маевскому вручили ноту.",
			"Юрий Маевский", []string{"Маевский"}},
		{"Министр иностранных дел Эстонии Мария Ковалева провела встречу. Ковалевой задали вопрос о санкциях.",
			"Мария Ковалева", []string{"Ковалева"}},
		{"Глава МИД России Сергей Орлов заявил, что переговоры продолжатся. Позиция Орлова известна.",
			"Сергей Орлов", []string{"Орлова", "Орлов"}},
		{"Президент Франции Луи Моро встретился с премьер-министром Италии Джорджей Риччи.",
			"Джорджа Риччи", []string{"Джорджей Риччи"}},
		{"Посол Японии Кэндзи Ито заявил, что Токио готов к диалогу. С Ито встретился замминистра.",
			"Кэндзи Ито", nil},
	} {
		canonical(t, "ru", c.body, c.name, c.also...)
	}
}

func TestRolesEnglish(t *testing.T) {
	for _, w := range []want{
		{lang: "en", text: "British Foreign Secretary Oliver Grant met Secretary of State Mark Jensen in London.",
			persons: []string{"Oliver Grant|GBR|foreign minister", "Mark Jensen||secretary of state"}},
		{lang: "en", text: "Lina Khoury, Jordan's foreign affairs minister, spoke to her Saudi counterpart.",
			persons: []string{"Lina Khoury|JOR|foreign minister"}},
		{lang: "en", text: "Australia's Minister for Foreign Affairs and Trade, Grace Mitchell, arrived in Jakarta.",
			persons: []string{"Grace Mitchell|AUS|foreign minister"}},
		{lang: "en", text: "French Armed Forces Minister Luc Perrin visited Niamey, the spokeswoman for the ministry, Ada Obi, said.",
			persons: []string{"Luc Perrin|FRA|defence minister", "Ada Obi||spokesperson"}},
		{lang: "en", text: "Kenya's Interior Minister Peter Mwangi and Home Secretary Julia Croft signed the deal.",
			persons: []string{"Peter Mwangi|KEN|interior minister", "Julia Croft||interior minister"}},
		{lang: "en", text: "Chief of the General Staff Ivan Petrenko and Lt. Gen. Omar Saleh met in Cairo.",
			persons: []string{"Ivan Petrenko||general", "Omar Saleh||general"}},
		{lang: "en", text: "The EU's High Representative, Elena Marin, and UN Secretary-General Paulo Bettencourt discussed Gaza.",
			persons: []string{"Elena Marin||commissioner", "Paulo Bettencourt||secretary-general"}},
		{lang: "en", text: "Qatar's Emir Hamad bin Khalid received the Saudi crown prince.",
			persons: []string{"Hamad bin Khalid|QAT|emir"}},
		{lang: "en", text: "India's commerce minister, Arjun Rao, said trade talks would resume.",
			persons: []string{"Arjun Rao|IND|trade minister"}},
	} {
		check(t, w)
	}
}

func TestRolesGerman(t *testing.T) {
	for _, w := range []want{
		{lang: "de", text: "Österreichs Außenministerin Klara Brunner traf ihre slowenische Amtskollegin Maja Novak in Ljubljana.",
			persons: []string{"Klara Brunner|AUT|foreign minister", "Maja Novak|SVN|foreign minister"}},
		{lang: "de", text: "Verteidigungsministerin Ines Vogt besuchte die Truppe in Litauen.",
			persons: []string{"Ines Vogt||defence minister"}},
		{lang: "de", text: "Der ungarische Staatschef Zoltán Kiss empfing den Sprecher der Regierung, Ádám Farkas.",
			persons: []string{"Zoltán Kiss|HUN|president", "Ádám Farkas||spokesperson"}},
		{lang: "de", text: "Nato-Generalsekretär Lars Eriksen und die EU-Außenbeauftragte Carla Ruiz reisten nach Kiew.",
			persons: []string{"Lars Eriksen||secretary-general", "Carla Ruiz||commissioner"}},
		{lang: "de", text: "Die Handelsministerin Japans, Yuki Mori, sagte, Tokio prüfe Zölle.",
			persons: []string{"Yuki Mori|JPN|trade minister"}},
		{lang: "de", text: "Jonas Weber, der deutsche Energieminister, sprach von Fortschritten.",
			persons: []string{"Jonas Weber|DEU|energy minister"}},
	} {
		check(t, w)
	}
}

func TestRolesSpanish(t *testing.T) {
	for _, w := range []want{
		{lang: "es", text: "La secretaria de Relaciones Exteriores de México, Ana Lozano, exigió a Washington más controles de armas.",
			persons: []string{"Ana Lozano|MEX|foreign minister"}},
		{lang: "es", text: "Ana Lozano, la canciller mexicana, dijo que la nota se enviará pronto.",
			persons: []string{"Ana Lozano|MEX|foreign minister"}},
		{lang: "es", text: "El presidente del Gobierno español, Luis Gálvez, recibió al jefe de Estado de Chile, Mario Aravena.",
			persons: []string{"Luis Gálvez|ESP|prime minister", "Mario Aravena|CHL|president"}},
		{lang: "es", text: "El secretario de la Defensa Nacional de México, Raúl Torres, y la ministra de Seguridad de Argentina, Paula Giménez, firmaron.",
			persons: []string{"Raúl Torres|MEX|defence minister", "Paula Giménez|ARG|interior minister"}},
		{lang: "es", text: "La portavoz de la Casa Blanca, Karen Walsh, afirmó que el diálogo sigue.",
			persons: []string{"Karen Walsh||spokesperson"}},
		{lang: "es", text: "El ministro de Economía y Finanzas de Uruguay, Diego Acosta, viajó a Brasilia.",
			persons: []string{"Diego Acosta|URY|finance minister"}},
	} {
		check(t, w)
	}
}

func TestRolesFrench(t *testing.T) {
	for _, w := range []want{
		{lang: "fr", text: "Le ministre des Armées, Paul Girard, a salué les soldats.",
			persons: []string{"Paul Girard||defence minister"}},
		{lang: "fr", text: "La ministre des Affaires étrangères du Canada, Sophie Tremblay, a déclaré que le dialogue reprendrait.",
			persons: []string{"Sophie Tremblay|CAN|foreign minister"}},
		{lang: "fr", text: "Le chef de l'État sénégalais, Amadou Dieng, a reçu la cheffe de la diplomatie belge, Anne Piron.",
			persons: []string{"Amadou Dieng|SEN|president", "Anne Piron|BEL|foreign minister"}},
		{lang: "fr", text: "La porte-parole du Quai d'Orsay, Claire Morel, a condamné l'attaque.",
			persons: []string{"Claire Morel|FRA|spokesperson"}},
		{lang: "fr", text: "Le ministre de l'Intérieur, Marc Leroy, et la ministre de l'Économie, Julie Faure, étaient présents.",
			persons: []string{"Marc Leroy||interior minister", "Julie Faure||economy minister"}},
		{lang: "fr", text: "Le chef d'état-major des armées, le général Henri Lambert, s'est rendu à Dakar.",
			persons: []string{"Henri Lambert||general"}},
	} {
		check(t, w)
	}
}

func TestRolesRussian(t *testing.T) {
	for _, w := range []want{
		{lang: "ru", text: "Министр обороны Польши Марек Новак прибыл в Вильнюс.",
			persons: []string{"Марек Новак|POL|defence minister"}},
		{lang: "ru", text: "Пресс-секретарь Кремля Павел Громов заявил журналистам, что встреча не планируется.",
			persons: []string{"Павел Громов|RUS|spokesperson"}},
		{lang: "ru", text: "Генеральный секретарь ООН Паулу Беттенкур призвал стороны к диалогу.",
			persons: []string{"Паулу Беттенкур||secretary-general"}},
		{lang: "ru", text: "Начальник Генштаба Армении Артур Мелконян встретился с министром энергетики Ирана Али Рахими.",
			persons: []string{"Артур Мелконян|ARM|general", "Али Рахими|IRN|energy minister"}},
		{lang: "ru", text: "Вице-премьер Сербии Ненад Петрович провел переговоры в Пекине.",
			persons: []string{"Ненад Петрович|SRB|deputy prime minister"}},
	} {
		check(t, w)
	}
}

// TestRoleMentions: a role with a state but no name stands for the one
// person of the article who holds it.
func TestRoleMentions(t *testing.T) {
	for _, c := range []struct {
		lang, body, name, mention string
	}{
		{"en", "Russian Foreign Minister Pavel Sorin met Cuban Foreign Minister Ana Ruiz in Havana. The Russian minister praised the talks.",
			"Pavel Sorin", "Russian minister"},
		{"en", "Chile's President Tomás Aravena flew to Lima. Talks with his Peruvian counterpart, Rosa Huanca, lasted hours. Later the Peruvian president left.",
			"Rosa Huanca", "Peruvian president"},
		{"de", "Der russische Außenminister Pawel Sorin traf in Berlin ein. Der russische Chefdiplomat sagte, man sei offen.",
			"Pawel Sorin", "russische Chefdiplomat"},
		{"es", "El canciller venezolano, Andrés Pineda, llegó a Moscú. El canciller venezolano dijo que la cooperación crecerá.",
			"Andrés Pineda", "canciller venezolano"},
		{"fr", "Le ministre russe des Affaires étrangères, Pavel Sorine, est arrivé à Paris. Le ministre russe a rencontré la presse.",
			"Pavel Sorine", "ministre russe"},
		{"ru", "Министр иностранных дел России Сергей Орлов прибыл в Гавану. Российский министр провел переговоры.",
			"Сергей Орлов", "Российский министр"},
	} {
		a := analyse(c.lang, c.body)
		id := ""
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson && e.Name == c.name {
				id = e.ID
				for _, al := range e.Aliases {
					if al == c.mention {
						t.Errorf("%q: role %q became an alias", c.body, c.mention)
					}
				}
			}
		}
		found := false
		for _, m := range a.Analysis.Actors {
			if m.Kind == news.ActorPerson && m.Text == c.mention && m.Entity == id && id != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no mention %q of %s in %+v", c.body, c.mention, c.name, a.Analysis.Actors)
		}
	}
	// Two persons could be meant: no mention.
	a := analyse("en", "Russian Foreign Minister Pavel Sorin and Deputy Foreign Minister Oleg Rudin arrived. The Russian minister spoke.")
	for _, m := range a.Analysis.Actors {
		if m.Text == "Russian minister" {
			t.Errorf("ambiguous role linked: %+v", m)
		}
	}
	// An indefinite role is some holder of the office, not the person named.
	for _, c := range []struct{ lang, body, role string }{
		{"en", "Chilean Foreign Minister Rosa Aravena arrived in Oslo, the first visit by a Chilean foreign minister in a decade.", "Chilean foreign minister"},
		{"de", "Die chilenische Außenministerin Rosa Aravena kam nach Oslo. Es war der erste Besuch einer chilenischen Außenministerin seit Jahren.", "chilenischen Außenministerin"},
		{"es", "La canciller chilena, Rosa Aravena, llegó a Oslo. Es la primera visita de una canciller chilena en una década.", "canciller chilena"},
	} {
		a := analyse(c.lang, c.body)
		for _, m := range a.Analysis.Actors {
			if m.Kind == news.ActorPerson && strings.Contains(m.Text, c.role) {
				t.Errorf("%s: indefinite role linked to a person: %+v", c.lang, m)
			}
		}
	}
}

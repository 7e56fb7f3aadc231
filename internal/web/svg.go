package web

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"

	"chancery/internal/news"
)

// The charts are drawn by the server: Go computes coordinates, the
// templates write <svg> elements, the stylesheet colours them. No
// JavaScript, nothing fetched.

// month is a count of months since year 0; dates are YYYY[-MM[-DD]].
type month int

// parseDate returns the month of a date and the fraction of that month at
// which it falls (0.5 when the day is not known). ok is false for "" or
// anything that is not a date.
func parseDate(d string) (m month, frac float64, ok bool) {
	if len(d) < 4 {
		return 0, 0, false
	}
	y, err := strconv.Atoi(d[:4])
	if err != nil || y < 1 {
		return 0, 0, false
	}
	mo, day := 6, 0
	frac = 0.5
	if len(d) >= 7 && d[4] == '-' {
		if mo, err = strconv.Atoi(d[5:7]); err != nil || mo < 1 || mo > 12 {
			return 0, 0, false
		}
		if len(d) >= 10 && d[7] == '-' {
			if day, err = strconv.Atoi(d[8:10]); err == nil && day >= 1 && day <= 31 {
				frac = (float64(day) - 0.5) / 31
			}
		}
	} else if len(d) != 4 {
		return 0, 0, false
	}
	return month(y*12 + mo - 1), frac, true
}

func (m month) String() string { return fmt.Sprintf("%04d-%02d", int(m)/12, int(m)%12+1) }

// timeline is an SVG chart of events by type over time.
type timeline struct {
	W, H         int
	Left, Top    int
	Rows         []tlRow
	Dots         []tlDot
	Ticks        []tick
	AxisY        int
	Undated      int
	Months       []monthBar // cooperation/conflict balance
	BarH, BarMid int
	Empty        bool
}

type tlRow struct {
	Label string
	Y     int
	Coop  bool
}

type tlDot struct {
	ID, Type, Date, Mode, Title string
	Href                        string // the event, or the list of events a density mark stands for
	X, Y, R                     float64
	Coop                        bool
}

// point is what a timeline plots: one event (N = 1, ID set) or, for dyads
// with many events, all events of one type in one month (N of them).
type point struct {
	ID, Type, Date, Mode, Title, Href string
	N                                 int
}

func eventPoints(evs []*news.Event) []point {
	ps := make([]point, 0, len(evs))
	for _, e := range evs {
		ps = append(ps, point{ID: e.ID, Type: e.Type, Date: e.Date, Mode: e.Mode, N: 1,
			Href:  "/events/" + url.PathEscape(e.ID),
			Title: fmt.Sprintf("%s %s %s–%s", e.Date, e.Type, joinCodes(e.Source), joinCodes(e.Target))})
	}
	return ps
}

// countPoints turns monthly counts into density marks linking to the
// filtered event list (list is that list's URL without type and dates).
func countPoints(cs []news.EventCount, list string) []point {
	ps := make([]point, 0, len(cs))
	for _, c := range cs {
		p := point{Type: c.Type, Date: c.Month, N: c.Events,
			Title: fmt.Sprintf("%s: %d %s", c.Month, c.Events, c.Type)}
		if c.Month != "" {
			p.Href = list + "&type=" + url.QueryEscape(c.Type) + "&from=" + c.Month + "&to=" + c.Month
		}
		ps = append(ps, p)
	}
	return ps
}

type tick struct {
	X     float64
	Label string
}

// monthBar is one month of the balance chart: cooperative events drawn up,
// conflictual down.
type monthBar struct {
	Month           string  `json:"month"`
	Cooperative     int     `json:"cooperative"`
	Conflict        int     `json:"conflict"`
	X               float64 `json:"-"`
	W               float64 `json:"-"`
	UpY, UpH, DownH float64 `json:"-"`
}

const (
	chartW    = 960
	chartLeft = 100
	rowH      = 22
	barH      = 140
)

// newTimeline lays out events (at most a few thousand) on a month axis.
func newTimeline(evs []*news.Event) timeline { return layoutTimeline(eventPoints(evs)) }

// layoutTimeline lays out points on a month axis, one row per type.
func layoutTimeline(evs []point) timeline {
	t := timeline{W: chartW, Left: chartLeft, Top: 10, BarH: barH, BarMid: barH / 2}
	lo, hi := month(math.MaxInt32), month(-1)
	used := map[string]bool{}
	for _, e := range evs {
		m, _, ok := parseDate(e.Date)
		if !ok {
			t.Undated += e.N
			continue
		}
		lo, hi = min(lo, m), max(hi, m)
		used[e.Type] = true
	}
	if hi < lo {
		t.Empty = true
		t.H = 40
		return t
	}
	// Pad one month on each side so dots do not touch the frame.
	lo, hi = lo-1, hi+1
	span := float64(hi - lo + 1)
	plot := float64(chartW - chartLeft - 20)
	x := func(m month, frac float64) float64 {
		return float64(chartLeft) + (float64(m-lo)+frac)/span*plot
	}
	types := make([]string, 0, len(used))
	for _, typ := range news.EventTypes {
		if used[typ] {
			types = append(types, typ)
		}
	}
	var foreign []string // types outside the ontology, last
	for typ := range used {
		if !slices.Contains(news.EventTypes, typ) {
			foreign = append(foreign, typ)
		}
	}
	slices.Sort(foreign)
	types = append(types, foreign...)
	rowOf := map[string]int{}
	for i, typ := range types {
		y := t.Top + i*rowH + rowH/2
		rowOf[typ] = y
		t.Rows = append(t.Rows, tlRow{Label: typ, Y: y, Coop: news.Cooperative(typ)})
	}
	t.AxisY = t.Top + len(types)*rowH + 4
	t.H = t.AxisY + 24
	// Events on the same row and pixel are stacked slightly so each stays
	// clickable.
	seen := map[[2]int]int{}
	for _, e := range evs {
		m, frac, ok := parseDate(e.Date)
		if !ok {
			continue
		}
		d := tlDot{ID: e.ID, Type: e.Type, Date: e.Date, Mode: e.Mode, Coop: news.Cooperative(e.Type),
			Href: e.Href, Title: e.Title, R: 5}
		if e.N > 1 { // a density mark: area grows with the count
			d.R = math.Min(10, 3+2*math.Log2(float64(e.N)))
		}
		d.X = x(m, frac)
		k := [2]int{rowOf[e.Type], int(d.X / 4)}
		n := seen[k]
		seen[k] = n + 1
		d.Y = float64(rowOf[e.Type]) + float64((n%3)-1)*4*float64(min(n, 1))
		d.X += float64(n/3) * 3
		t.Dots = append(t.Dots, d)
	}
	// Ticks: every month for short spans, else every year (or every few).
	if hi-lo <= 24 {
		step := month(1)
		if hi-lo > 12 {
			step = 2
		}
		for m := lo; m <= hi; m += step {
			t.Ticks = append(t.Ticks, tick{X: x(m, 0), Label: m.String()})
		}
	} else {
		step := max(1, int(hi-lo)/12/10)
		for y := int(lo)/12 + 1; y <= int(hi)/12; y += step {
			t.Ticks = append(t.Ticks, tick{X: x(month(y*12), 0), Label: strconv.Itoa(y)})
		}
	}
	// Balance by month, on the same x scale.
	counts := map[month]*monthBar{}
	peak := 1
	for _, e := range evs {
		m, _, ok := parseDate(e.Date)
		if !ok {
			continue
		}
		b := counts[m]
		if b == nil {
			b = &monthBar{Month: m.String()}
			counts[m] = b
		}
		if news.Cooperative(e.Type) {
			b.Cooperative += e.N
		} else {
			b.Conflict += e.N
		}
		peak = max(peak, b.Cooperative, b.Conflict)
	}
	half := float64(barH/2 - 12)
	w := plot / span
	for m := lo; m <= hi; m++ {
		b := counts[m]
		if b == nil {
			continue
		}
		b.X = x(m, 0) + w*0.1
		b.W = math.Max(1, w*0.8)
		b.UpH = half * float64(b.Cooperative) / float64(peak)
		b.UpY = float64(barH/2) - b.UpH
		b.DownH = half * float64(b.Conflict) / float64(peak)
		t.Months = append(t.Months, *b)
	}
	return t
}

func joinCodes(c []string) string {
	if len(c) == 0 {
		return "?"
	}
	s := c[0]
	for _, x := range c[1:] {
		s += "," + x
	}
	return s
}

// partner is a country's counterpart with the events between them.
type partner struct {
	Code        string `json:"code"`
	Events      int    `json:"events"`
	Cooperative int    `json:"cooperative"`
	Conflict    int    `json:"conflict"`
}

// partners ranks the counterparts of a code by number of events, from the
// store's per-pair counts.
func partners(cs []news.PartnerCount) []partner {
	byCode := map[string]*partner{}
	for _, c := range cs {
		p := byCode[c.Code]
		if p == nil {
			p = &partner{Code: c.Code}
			byCode[c.Code] = p
		}
		p.Events += c.Events
		if news.Cooperative(c.Type) {
			p.Cooperative += c.Events
		} else {
			p.Conflict += c.Events
		}
	}
	out := make([]partner, 0, len(byCode))
	for _, p := range byCode {
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b partner) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		if a.Code < b.Code {
			return -1
		}
		if a.Code > b.Code {
			return 1
		}
		return 0
	})
	return out
}

// graph is the relations graph of a country: it in the centre, its top
// partners around, edge width by event count, colour by balance.
type graph struct {
	W, H   int
	CX, CY float64
	Centre string
	Nodes  []gNode
}

type gNode struct {
	partner
	X, Y, LX, LY float64
	Width        float64
	Color        string
	Anchor       string
}

const maxGraphNodes = 18

func newGraph(code string, ps []partner) graph {
	g := graph{W: 640, H: 480, CX: 320, CY: 240, Centre: code}
	if len(ps) > maxGraphNodes {
		ps = ps[:maxGraphNodes]
	}
	peak := 1
	for _, p := range ps {
		peak = max(peak, p.Events)
	}
	const r = 175.0
	for i, p := range ps {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(max(len(ps), 1))
		n := gNode{partner: p}
		n.X, n.Y = g.CX+r*math.Cos(a), g.CY+r*math.Sin(a)
		n.LX, n.LY = g.CX+(r+22)*math.Cos(a), g.CY+(r+22)*math.Sin(a)+4
		switch c := math.Cos(a); {
		case c > 0.2:
			n.Anchor = "start"
		case c < -0.2:
			n.Anchor = "end"
		default:
			n.Anchor = "middle"
		}
		n.Width = 1.5 + 10*float64(p.Events)/float64(peak)
		n.Color = balanceColor(p.Cooperative, p.Conflict)
		g.Nodes = append(g.Nodes, n)
	}
	return g
}

// balanceColor runs from red (all conflict) through grey to green (all
// cooperation).
func balanceColor(coop, conf int) string {
	if coop+conf == 0 {
		return "#888888"
	}
	b := float64(coop-conf) / float64(coop+conf) // -1 … 1
	grey := [3]float64{0x88, 0x88, 0x88}
	end := [3]float64{0x1b, 0x8a, 0x4a} // green
	if b < 0 {
		end = [3]float64{0xc6, 0x28, 0x28} // red
		b = -b
	}
	var c [3]int
	for i := range c {
		c[i] = int(math.Round(grey[i] + (end[i]-grey[i])*b))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

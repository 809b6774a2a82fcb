package extract

import (
	"slices"
	"strconv"
)

// heldNumber is a figure taken from its sentence (figure is set; text is
// its number as written when explaining) or a number dropped, held until
// the whole text is read.
type heldNumber struct {
	figure bool
	Extraction
	text    string
	dropped Dropped
	// reason is, for a figure the checks on the whole text drop, why
	reason string
	// numAt is, for a figure, the rune offset of its number in the text
	numAt int
	// clause is, for a figure, the rune span of its number's clause
	clause [2]int
}

// settleFigures hands the figures and dropped numbers of a text to out in
// the order they were found, after the checks on figures that need the
// whole text, read in text order. A figure they drop is handed to
// out.dropped (when not nil) in its place:
//   - a figure the text states twice is one figure: the first statement
//     is its evidence, a later one is dropped as "repeated";
//   - a smaller count of a metric than the one the same actor gave in an
//     earlier sentence is a part of that count, no new figure (unless its
//     own clause tells of an earlier count): "At least
//     32 people were killed and 85 injured, the fire service said … 53 of
//     the 85 injured were still in hospital" drops 53 as "partial". An
//     earlier count stays a figure ("On Monday the ministry had put the
//     number at 116", "down from about 920 a month ago").
func settleFigures(held []heldNumber, toks []token, out sinks) {
	order := make([]int, 0, len(held))
	for i := range held {
		if held[i].figure {
			order = append(order, i)
		}
	}
	// figures whose source a later sentence named were found after that
	// sentence's figures: read them in text order
	slices.SortStableFunc(order, func(a, b int) int { return held[a].Start - held[b].Start })
	type figureKey struct {
		metric, actor string
		value, high   int64
	}
	type countKey struct{ metric, actor string }
	stated := map[figureKey]bool{}
	largest := map[countKey]int{} // the largest count kept of each metric and actor: its index in held
	// earlier marks the figures whose clause gives them as a statement
	// made earlier ("had earlier put the number at 40")
	earlier := make([]bool, len(held))
	for _, i := range order {
		earlier[i] = earlierStatementIn(toks, held[i].clause[0], held[i].clause[1], held[i].numAt)
	}
	for _, i := range order {
		x := &held[i].Extraction
		fk, ck := figureKey{x.Metric, x.Actor, x.Value, x.ValueHigh}, countKey{x.Metric, x.Actor}
		li, known := largest[ck]
		var l *Extraction
		if known {
			l = &held[li].Extraction
		}
		switch {
		case stated[fk]:
			held[i].reason = "repeated"
		case known && l.Start < x.Start && top(x) < top(l) && !earlierInClause(toks, held[i].clause[0], held[i].clause[1], held[i].numAt) &&
			!earlier[li]:
			// (not after a count the text calls an earlier statement:
			// "had previously reported 40 … said 38" revises it)
			held[i].reason = "partial"
		default:
			stated[fk] = true
			if !known || top(x) > top(l) {
				largest[ck] = i
			}
		}
	}
	// "Police had earlier put the number of injured at about 40": a
	// statement the text calls earlier is the forerunner of the same
	// source's other count of the metric
	// (the same source's: another's may be a rival count, "had earlier
	// spoken of 18 dead, and BINUH of 75")
	for _, i := range order {
		x := &held[i]
		if x.reason != "" || !earlier[i] {
			continue
		}
		for _, j := range order {
			if y := &held[j]; !earlier[j] && y.reason == "" && y.Metric == x.Metric && y.Actor == x.Actor &&
				top(&y.Extraction) != top(&x.Extraction) {
				x.reason = "earlier_period"
				break
			}
		}
	}
	for i := range held {
		h := &held[i]
		switch {
		case !h.figure:
			if out.dropped != nil {
				out.dropped(h.dropped)
			}
		case h.reason == "":
			out.took(h.Extraction)
		case out.dropped != nil:
			text := h.text
			if text == "" || h.reason == "repeated" {
				text = strconv.FormatInt(h.Value, 10)
			}
			out.dropped(Dropped{Dropped: true, Value: h.Value, Text: text, Reason: h.reason,
				Quote: h.Quote, Start: h.Start, End: h.End})
		}
	}
}

// top returns the high end of a figure's range, or its value.
func top(x *Extraction) int64 { return max(x.Value, x.ValueHigh) }

// earlierInClause reports whether the clause at rune offsets [start,
// end) of the text tells of an earlier count of the number at rune offset
// at: it is in the pluperfect before the number or right after it
// ("had put the number", "había informado", "50 people had been killed";
// not "…, adding that parts of the bomber's body had been recovered"), or
// names an earlier period or statement ("last year", "a month ago",
// "hasta ahora", "el primer balance").
func earlierInClause(toks []token, start, end, at int) bool {
	i, _ := slices.BinarySearchFunc(toks, start, func(t token, at int) int { return t.start - at })
	j := i
	for j < len(toks) && toks[j].start < end {
		j++
	}
	sent := toks[i:j]
	num := len(sent) // the number's token
	for k := range sent {
		if sent[k].start >= at {
			num = k
			break
		}
	}
	for k := range sent {
		if pluperfectAuxiliaries.hasToken(&sent[k]) && k <= num+pluperfectReach {
			return true
		}
		for _, ws := range earlierSentenceMarkers {
			if _, _, ok := ws.matchAt(sent, k); ok {
				return true
			}
		}
		if _, n, ok := comparedFromMarkers.matchAt(sent, k); ok && k+n <= num && num-(k+n) <= 2 {
			return true // "up from 45 deaths on Friday": the count compared with
		}
	}
	return false
}

// pluperfectReach is how many tokens after its number a pluperfect may
// stand and still tell of it: "50 people had been killed".
const pluperfectReach = 5

// earlierSentenceMarkers are the phrase sets earlierInClause looks for.
var earlierSentenceMarkers = []*phraseSet{earlierPeriodWords, earlierStatementMarkers, earlierCountWords}

// earlierStatementIn reports whether the clause at rune offsets [start,
// end) of the text gives the number at rune offset at as a statement
// made earlier: a pluperfect auxiliary, "earlier" or "previously" and a
// reporting verb before the number ("had earlier put", "had previously
// reported").
func earlierStatementIn(toks []token, start, end, at int) bool {
	i, _ := slices.BinarySearchFunc(toks, start, func(t token, at int) int { return t.start - at })
	for k := i; k+2 < len(toks) && toks[k+2].start < at && toks[k].start < end; k++ {
		if !pluperfectAuxiliaries.hasToken(&toks[k]) {
			continue
		}
		if w := toks[k+1].text; w != "earlier" && w != "previously" {
			continue
		}
		if _, _, ok := cueVerbs.matchAt(toks, k+2); ok || statementParticiples.hasToken(&toks[k+2]) {
			return true
		}
	}
	return false
}

// earlierCountWords place a count before the time a text reports.
var earlierCountWords = phrasesOf(1, "earlier", "previously", "ago", "anteriormente", "hasta ahora", "hasta entonces",
	"until now")

// comparedFromMarkers stand right before an earlier count a new one is
// compared with: "up from 45", "frente a los 30".
var comparedFromMarkers = phrasesOf(1, "up from", "down from", "frente a los", "frente a las")

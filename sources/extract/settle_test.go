package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// TestExtractPartOfEarlierCount: a smaller count of a metric than the one
// the same actor gave in an earlier sentence is a part of it, no figure;
// an earlier count, a larger one and another actor's count stay figures.
func TestExtractPartOfEarlierCount(t *testing.T) {
	const deaths, redCross, gov = "deaths", "Red Cross", "Government"
	e := New([]tracker.Metric{{ID: deaths, Keywords: []string{"deaths", "died", "killed", "muertes", "fallecidas"}}},
		[]tracker.Actor{
			{Name: redCross, Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
			{Name: gov, Role: tracker.Claimant, Aliases: []string{"government", "Ministerio de Salud", "ministerio"}},
		})
	checkWants(t, e, []wantCase{
		{"Sixty people died in the floods, the Red Cross said on Sunday. In the northern province, 20 people died, the Red Cross said.",
			[]want{exact(deaths, 60, redCross)}},
		{"Según el Ministerio de Salud, ya son 17 las personas fallecidas. Ocho personas murieron el lunes, informó el ministerio.",
			[]want{exact(deaths, 17, gov)}},
		// an earlier count of the same actor
		{"The government said 43 people had died. On Monday the government had put the number of deaths at 31.",
			[]want{exact(deaths, 43, gov), exact(deaths, 31, gov)}},
		{"The Red Cross said 60 people died. Its count was up from 45 deaths on Friday, the Red Cross said.",
			[]want{exact(deaths, 60, redCross), exact(deaths, 45, redCross)}},
		// a larger count later, and another actor's smaller count
		{"The government said 27 people died. By Saturday 39 had died, the government said.",
			[]want{exact(deaths, 27, gov), exact(deaths, 39, gov)}},
		{"The Red Cross said 60 people died. The government said 20 people died.",
			[]want{exact(deaths, 60, redCross), exact(deaths, 20, gov)}},
		// a pluperfect far after the number tells of something else
		{"A bomb killed ten people, the government said. The government said seven people died on the spot and three more died in hospital, adding that parts of the bomber's body had been recovered.",
			[]want{exact(deaths, 10, gov)}},
		// "frente a los", "up from" tell of the count right after them only
		{"Según el Ministerio de Salud, ya son 17 las personas fallecidas. En la capital murieron ocho personas, frente a las cinco de la semana pasada, informó el ministerio.",
			[]want{exact(deaths, 17, gov)}},
		// an earlier period in another clause tells of something else
		{"The government said 43 people died. Eight people died on Tuesday, the government said; the toll last year was lower.",
			[]want{exact(deaths, 43, gov)}},
		// (right after it, of the number itself)
		{"The government said 43 people died. By Monday, 31 people had died, the government said.",
			[]want{exact(deaths, 43, gov), exact(deaths, 31, gov)}},
	})
}

// TestExplainPartOfEarlierCount: the part is a dropped number, "partial",
// with its number as written, in its place among the sentence's numbers.
func TestExplainPartOfEarlierCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"died"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}}})
	got := e.Explain("Sixty people died in the floods, the Red Cross said. In the northern province, eight people died on 3 May, the Red Cross said.", nil)
	if len(got) != 3 {
		t.Fatalf("Explain gave %d lines, want 3: %+v", len(got), got)
	}
	if f := got[0].Figure; f == nil || f.Value != 60 {
		t.Errorf("line 0 = %+v, want the figure 60", got[0])
	}
	if d := got[1].Dropped; d == nil || d.Value != 8 || d.Text != "eight" || d.Reason != "partial" {
		t.Errorf("line 1 = %+v, want eight (8) dropped as partial", got[1].Dropped)
	}
	if d := got[2].Dropped; d == nil || d.Value != 3 || d.Reason != "date" {
		t.Errorf("line 2 = %+v, want 3 dropped as date", got[2].Dropped)
	}
}

// TestExtractEarlierStatementOfSameSource: a count the text says a source
// gave earlier ("had earlier put", "had previously reported") gives way to
// that source's other count of the metric; alone, or beside another
// source's count, it stays a figure.
func TestExtractEarlierStatementOfSameSource(t *testing.T) {
	const injured, police, hosp = "injured", "Police", "Hospital"
	e := New([]tracker.Metric{{ID: injured, Keywords: []string{"injured"}}},
		[]tracker.Actor{
			{Name: police, Role: tracker.Claimant, Aliases: []string{"police"}},
			{Name: hosp, Role: tracker.Claimant, Aliases: []string{"hospital"}},
		})
	checkWants(t, e, []wantCase{
		{"Police said 38 people were injured. The police had earlier put the number of injured at 40.",
			[]want{exact(injured, 38, police)}},
		{"The police had previously reported that 40 people were injured. On Monday police said 38 people were injured.",
			[]want{exact(injured, 38, police)}},
		{"The police had earlier put the number of injured at 40.",
			[]want{exact(injured, 40, police)}},
		{"The hospital said 38 people were injured. The police had earlier put the number of injured at 40.",
			[]want{exact(injured, 38, hosp), exact(injured, 40, police)}},
	})
}

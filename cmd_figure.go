package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// cmdFigure dispatches `figure add|approve|reject|correct|retract|log|show`.
func (a *app) cmdFigure(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usagef("missing subcommand (add, approve, reject, correct, retract, log or show; run 'gapwatch help figure')")
	}
	if isHelpArg(args[0]) {
		a.printFigureHelp(a.stdout)
		return flag.ErrHelp
	}
	switch sub, rest := args[0], args[1:]; sub {
	case "add":
		return a.figureAdd(ctx, rest)
	case "approve", "reject", "correct", "retract":
		return a.figureChange(ctx, tracker.Action(sub), rest)
	case "log":
		return a.figureLog(ctx, rest)
	case "show":
		return a.figureShow(ctx, rest)
	default:
		return usagef("unknown subcommand %q (use add, approve, reject, correct, retract, log or show; run 'gapwatch help figure')", sub)
	}
}

// parseValue reads a whole, non-negative number given to flag name.
func parseValue(name, s string) (int64, error) {
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, usagef("invalid value %q for --%s: the number is too large (at most %s)", s, name, tracker.FormatInt(math.MaxInt64))
	}
	if err != nil {
		return 0, usagef("invalid value %q for --%s: want a whole number", s, name)
	}
	if v < 0 {
		return 0, usagef("invalid value %q for --%s: must not be negative", s, name)
	}
	return v, nil
}

func figureID(pos []string) (int64, error) {
	if len(pos) != 1 {
		if len(pos) == 0 {
			return 0, usagef("missing figure id")
		}
		return 0, usagef("unexpected argument %q", pos[1])
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("figure id %q is not a positive whole number", pos[0])
	}
	return id, nil
}

func (a *app) byFlag(fs *flag.FlagSet) *string {
	return fs.String("by", currentUser(a.getenv), "`WHO` makes the change, for the audit log")
}

func (a *app) figureAdd(ctx context.Context, args []string) error {
	fs := a.newFlags("figure add")
	metric := fs.String("metric", "", "the metric `ID` (required)")
	value := fs.String("value", "", "the number, a whole number `N` (required)")
	valueHigh := fs.String("value-high", "", "the high end `N` of a range (only with --qualifier range)")
	stance := fs.String("stance", "", "`STANCE`: confirmed or claimed (required; must fit the actor's role unless --force)")
	actor := fs.String("actor", "", "who stated the figure, by `NAME` or alias (required)")
	evURL := fs.String("url", "", "the evidence: an http or https `URL`")
	quote := fs.String("quote", "", "the quoted sentence (`TEXT`) from the evidence")
	asOf := fs.String("as-of", "", "the `DATE` the figure refers to, YYYY-MM-DD, at most one day after today (default: today, UTC)")
	qualifier := fs.String("qualifier", "exact", "`Q`: exact, at_least, at_most, about or range")
	force := fs.Bool("force", false, "record a stance that contradicts the actor's role (the audit log notes the override)")
	by := a.byFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	for _, req := range []struct{ name, v string }{{"metric", *metric}, {"value", *value}, {"stance", *stance}, {"actor", *actor}} {
		if strings.TrimSpace(req.v) == "" {
			return usagef("--%s is required", req.name)
		}
	}
	f := tracker.Figure{MetricID: *metric, Actor: *actor, CreatedBy: *by, Status: tracker.Approved, Origin: tracker.OriginManual,
		Evidence: tracker.Evidence{URL: strings.TrimSpace(*evURL), Quote: strings.TrimSpace(*quote)}}
	if f.Value, err = parseValue("value", *value); err != nil {
		return err
	}
	if f.Stance, err = tracker.ParseStance(*stance); err != nil {
		return err
	}
	if f.Qualifier, err = tracker.ParseQualifier(*qualifier); err != nil {
		return err
	}
	switch err := tracker.CheckHighEnd(f.Qualifier, *valueHigh != ""); {
	case errors.Is(err, tracker.ErrRangeNeedsHighEnd):
		return usagef("--qualifier range needs --value-high")
	case errors.Is(err, tracker.ErrHighEndNeedsRange):
		return usagef("--value-high is only for --qualifier range")
	case *valueHigh != "":
		if f.ValueHigh, err = parseValue("value-high", *valueHigh); err != nil {
			return err
		}
	}
	if f.Evidence.URL != "" && tracker.WebLink(f.Evidence.URL) == "" {
		return usagef("--url %q is not an absolute http or https URL", f.Evidence.URL)
	}
	if *asOf != "" {
		if f.AsOf, err = tracker.ParseDate(*asOf); err != nil {
			return err
		}
		if err := tracker.CheckDate(f.AsOf, a.now()); err != nil {
			return err
		}
	} else {
		f.AsOf = a.now().UTC().Truncate(24 * time.Hour)
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Add(ctx, tracker.AddRequest{Figure: f, Force: *force})
	if errors.Is(err, tracker.ErrStanceContradictsRole) {
		return usagef("%s; give --force to record it anyway (the audit log notes the override)", tracker.ErrorMessage(err))
	}
	if err != nil {
		return err
	}
	stored := res.Figure
	if res.Existing {
		if *asJSON {
			return writeJSON(a.stdout, map[string]any{"id": stored.ID, "already_recorded": true})
		}
		fmt.Fprintf(a.stdout, "already recorded as figure %d\n", stored.ID)
		return nil
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]int64{"id": stored.ID})
	}
	fmt.Fprintln(a.stdout, stored.ID)
	if *force {
		if act, err := s.Actor(ctx, stored.Actor); err == nil && tracker.StanceConflict(act, stored.Stance) != nil {
			fmt.Fprintf(a.stderr, "note: %s; the audit log records it\n", tracker.ForcedStanceReason(act, stored.Stance))
		}
	}
	fmt.Fprintf(a.stderr, "added figure %d (approved): %s\n", stored.ID, report.FigureSummary(stored, ""))
	return nil
}

func (a *app) figureChange(ctx context.Context, action tracker.Action, args []string) error {
	cmd := "figure " + string(action)
	fs := a.newFlags(cmd)
	why := "why, kept in the audit log (`TEXT`; required)"
	if action == tracker.ActionApprove {
		why = "why, kept in the audit log (`TEXT`)"
	}
	reason := fs.String("reason", "", why)
	value, valueHigh, qualifier := new(string), new(string), new(string)
	if action == tracker.ActionCorrect {
		fs.StringVar(value, "value", "", "the corrected number `N` (required)")
		fs.StringVar(valueHigh, "value-high", "", "the corrected high end `N` of a range")
		fs.StringVar(qualifier, "qualifier", "", "the corrected qualifier `Q`: exact, at_least, at_most, about or range (default: unchanged)")
	}
	by := a.byFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	id, err := figureID(pos)
	if err != nil {
		return err
	}
	c := tracker.Change{FigureID: id, Action: action, Reason: strings.TrimSpace(*reason), By: *by}
	if action == tracker.ActionCorrect {
		if *value == "" {
			return usagef("--value is required")
		}
		if c.Value, err = parseValue("value", *value); err != nil {
			return err
		}
		if *valueHigh != "" {
			if c.ValueHigh, err = parseValue("value-high", *valueHigh); err != nil {
				return err
			}
		}
		if *qualifier != "" {
			if c.Qualifier, err = tracker.ParseQualifier(*qualifier); err != nil {
				return err
			}
		}
	}
	if c.Reason == "" && action != tracker.ActionApprove {
		return usagef("--reason is required")
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	out, err := s.ApplyChange(ctx, c)
	if err != nil {
		return err
	}
	if *asJSON {
		doc := struct {
			Figure      report.FigureDetailJSON  `json:"figure"`
			Replacement *report.FigureDetailJSON `json:"replacement"`
			Correction  report.CorrectionJSON    `json:"correction"`
		}{Figure: report.NewFigureDetailJSON(out.Figure, nil), Correction: report.NewCorrectionJSON(out.Correction)}
		if out.Replacement != nil {
			r := report.NewFigureDetailJSON(*out.Replacement, nil)
			doc.Replacement = &r
		}
		return writeJSON(a.stdout, doc)
	}
	if out.Replacement != nil {
		fmt.Fprintf(a.stdout, "figure %d corrected: %s → %s; the new figure is %d\n", id, out.Figure.ValueText(), out.Replacement.ValueText(), out.Replacement.ID)
		return nil
	}
	fmt.Fprintf(a.stdout, "figure %d %s\n", id, out.Figure.Status)
	return nil
}

// figureAudit parses `figure NAME ID [--json]`, and reads the figure's
// chain: its predecessors and successors with their evidence and
// corrections. It returns a usage error for bad arguments and the store's
// error (NotFound for an unknown id) otherwise.
func (a *app) figureAudit(ctx context.Context, name string, args []string) (id int64, audit tracker.Audit, asJSON bool, err error) {
	fs := a.newFlags(name)
	jsonFlag := fs.Bool("json", false, "print JSON instead of text")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return 0, audit, false, err
	}
	if id, err = figureID(pos); err != nil {
		return 0, audit, false, err
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return 0, audit, false, err
	}
	defer s.Close()
	audit, err = s.Audit(ctx, id)
	return id, audit, *jsonFlag, err
}

func (a *app) figureLog(ctx context.Context, args []string) error {
	id, audit, asJSON, err := a.figureAudit(ctx, "figure log", args)
	if err != nil {
		return err
	}
	if asJSON {
		doc := struct {
			Figures     []report.FigureDetailJSON `json:"figures"`
			Corrections []report.CorrectionJSON   `json:"corrections"`
		}{Figures: []report.FigureDetailJSON{}, Corrections: []report.CorrectionJSON{}}
		for _, f := range audit.Figures {
			doc.Figures = append(doc.Figures, report.NewFigureDetailJSON(f, audit.Evidence[f.ID]))
		}
		for _, c := range audit.Corrections {
			doc.Corrections = append(doc.Corrections, report.NewCorrectionJSON(c))
		}
		return writeJSON(a.stdout, doc)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FIGURE\tSTATUS\tSTANCE\tACTOR\tVALUE\tDATE\tEVIDENCE")
	for _, f := range audit.Figures {
		mark := ""
		if f.ID == id {
			mark = " ←"
		}
		fmt.Fprintf(tw, "#%d%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.ID, mark, f.Status, f.Stance, f.Actor, f.ValueText(), report.DateText(f.Date()), f.Evidence.URL)
	}
	tw.Flush()
	fmt.Fprintln(a.stdout, "\nAudit trail:")
	for _, c := range audit.Corrections {
		fmt.Fprintln(a.stdout, "  "+report.CorrectionText(c))
	}
	return nil
}

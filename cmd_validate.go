package main

import (
	"context"
	"fmt"
)

// cmdValidate checks the tracker file and prints what it declares.
func (a *app) cmdValidate(_ context.Context, args []string) error {
	fs := a.newFlags("validate")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("validate", pos, 0, 0); err != nil {
		return err
	}
	c, _, err := a.loadCatalog()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "ok: %d metrics, %d actors, %d sources\n", len(c.Metrics), len(c.Actors), len(c.Sources))
	return nil
}

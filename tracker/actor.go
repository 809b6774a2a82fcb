package tracker

import (
	"strings"
)

// Role says how much an actor's figures can be trusted.
type Role string

// The roles of actors.
const (
	// Confirmer is an independent verifier that documents cases; its
	// figures are "confirmed".
	Confirmer Role = "confirmer"
	// Claimant is an interested party; its figures are "claimed".
	Claimant Role = "claimant"
	// Reporter relays others' figures (media); attribution comes from the
	// text, a reporter's own figures are never taken as confirmations.
	Reporter Role = "reporter"
)

// ParseRole returns the role named s, or an Invalid error listing the roles.
func ParseRole(s string) (Role, error) {
	switch r := Role(strings.ToLower(strings.TrimSpace(s))); r {
	case Confirmer, Claimant, Reporter:
		return r, nil
	}
	return "", Errorf(Invalid, "role %q is not one of confirmer, claimant, reporter", s)
}

// Actor is a person or organisation that states figures.
type Actor struct {
	Name    string // canonical name, unique
	Role    Role
	Aliases []string // other names it goes by, in any language
}

// DefaultStance is the stance of a figure stated by this actor: confirmed for
// confirmers, claimed for everyone else.
func (a Actor) DefaultStance() Stance {
	if a.Role == Confirmer {
		return Confirmed
	}
	return Claimed
}

// Names returns the canonical name followed by the aliases.
func (a Actor) Names() []string {
	return append([]string{a.Name}, a.Aliases...)
}

// Matches reports whether name is the actor's canonical name or one of its
// aliases, ignoring case, accents and surrounding space.
func (a Actor) Matches(name string) bool {
	key := FoldName(name)
	if key == "" {
		return false
	}
	for _, n := range a.Names() {
		if FoldName(n) == key {
			return true
		}
	}
	return false
}

// FindActor returns the actor whose name or alias matches name, and whether
// one was found. When several match, the first in the list wins.
func FindActor(actors []Actor, name string) (Actor, bool) {
	for _, a := range actors {
		if a.Matches(name) {
			return a, true
		}
	}
	return Actor{}, false
}

var accentFolder = strings.NewReplacer(
	"á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ñ", "n",
	"Á", "a", "É", "e", "Í", "i", "Ó", "o", "Ú", "u", "Ü", "u", "Ñ", "n",
	"à", "a", "è", "e", "ì", "i", "ò", "o", "ù", "u", "ç", "c",
)

// FoldName returns s lower-cased, without Spanish accents, with runs of
// white space collapsed: the key under which names and aliases are compared.
func FoldName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(accentFolder.Replace(s))), " ")
}

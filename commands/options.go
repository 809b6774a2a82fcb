package commands

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/tracker"
)

// The data accessors below never panic: an interaction whose data does not
// match its type (a failed decode, a hand-made payload) gives ok == false.

func commandData(i *discordgo.Interaction) (discordgo.ApplicationCommandInteractionData, bool) {
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		return d, true
	case *discordgo.ApplicationCommandInteractionData:
		if d != nil {
			return *d, true
		}
	}
	return discordgo.ApplicationCommandInteractionData{}, false
}

func componentData(i *discordgo.Interaction) (discordgo.MessageComponentInteractionData, bool) {
	switch d := i.Data.(type) {
	case discordgo.MessageComponentInteractionData:
		return d, true
	case *discordgo.MessageComponentInteractionData:
		if d != nil {
			return *d, true
		}
	}
	return discordgo.MessageComponentInteractionData{}, false
}

func modalData(i *discordgo.Interaction) (discordgo.ModalSubmitInteractionData, bool) {
	switch d := i.Data.(type) {
	case discordgo.ModalSubmitInteractionData:
		return d, true
	case *discordgo.ModalSubmitInteractionData:
		if d != nil {
			return *d, true
		}
	}
	return discordgo.ModalSubmitInteractionData{}, false
}

// options are the options of a command or of one of its subcommands.
type options struct {
	list     []*discordgo.ApplicationCommandInteractionDataOption
	resolved *discordgo.ApplicationCommandInteractionDataResolved
}

// commandOptions returns the options of the interaction's command, or an
// Invalid error when its data is not a command's.
func commandOptions(i *discordgo.Interaction) (options, error) {
	d, ok := commandData(i)
	if !ok {
		return options{}, tracker.Errorf(tracker.Invalid, "malformed interaction: no command data")
	}
	return options{list: d.Options, resolved: d.Resolved}, nil
}

// subcommand returns the name and options of the subcommand the user
// chose, or an Invalid error naming the choices when there is none.
func subcommand(i *discordgo.Interaction, choices ...string) (string, options, error) {
	o, err := commandOptions(i)
	if err != nil {
		return "", o, err
	}
	for _, opt := range o.list {
		if opt != nil && opt.Type == discordgo.ApplicationCommandOptionSubCommand {
			for _, c := range choices {
				if opt.Name == c {
					return c, options{list: opt.Options, resolved: o.resolved}, nil
				}
			}
			return "", o, tracker.Errorf(tracker.Invalid, "unknown subcommand %q: use one of %s", opt.Name, strings.Join(choices, ", "))
		}
	}
	return "", o, tracker.Errorf(tracker.Invalid, "missing subcommand: use one of %s", strings.Join(choices, ", "))
}

func (o options) get(name string) *discordgo.ApplicationCommandInteractionDataOption {
	for _, opt := range o.list {
		if opt != nil && opt.Name == name {
			return opt
		}
	}
	return nil
}

// focused returns the option being typed in an autocomplete interaction,
// looking into subcommands, or nil.
func (o options) focused() *discordgo.ApplicationCommandInteractionDataOption {
	for _, opt := range o.list {
		if opt == nil {
			continue
		}
		if opt.Focused {
			return opt
		}
		if opt.Type == discordgo.ApplicationCommandOptionSubCommand || opt.Type == discordgo.ApplicationCommandOptionSubCommandGroup {
			if f := (options{list: opt.Options}).focused(); f != nil {
				return f
			}
		}
	}
	return nil
}

// str returns a string option, trimmed; ok is false when it is absent or
// blank. A value of another type is an Invalid error.
func (o options) str(name string) (string, bool, error) {
	opt := o.get(name)
	if opt == nil || opt.Value == nil {
		return "", false, nil
	}
	s, isStr := opt.Value.(string)
	if !isStr {
		return "", false, tracker.Errorf(tracker.Invalid, "option %s must be text", name)
	}
	s = strings.TrimSpace(s)
	return s, s != "", nil
}

// requiredStr returns a string option or an Invalid error saying it is
// required.
func (o options) requiredStr(name string) (string, error) {
	s, ok, err := o.str(name)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", tracker.Errorf(tracker.Invalid, "option %s is required", name)
	}
	return s, nil
}

// integer returns a whole-number option; ok is false when it is absent.
// JSON numbers must be whole; text of digits is accepted too. Anything else
// is an Invalid error naming the option.
func (o options) integer(name string) (int64, bool, error) {
	opt := o.get(name)
	if opt == nil || opt.Value == nil {
		return 0, false, nil
	}
	bad := tracker.Errorf(tracker.Invalid, "option %s must be a whole number", name)
	switch v := opt.Value.(type) {
	case float64:
		if v != math.Trunc(v) || math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > 1<<53 {
			return 0, false, bad
		}
		return int64(v), true, nil
	case int:
		return int64(v), true, nil
	case int64:
		return v, true, nil
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return 0, false, bad
		}
		return n, true, nil
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return 0, false, bad
		}
		return n, true, nil
	}
	return 0, false, bad
}

// boolean returns a true/false option; false when it is absent. A value of
// another type is an Invalid error naming the option.
func (o options) boolean(name string) (bool, error) {
	opt := o.get(name)
	if opt == nil || opt.Value == nil {
		return false, nil
	}
	switch v := opt.Value.(type) {
	case bool:
		return v, nil
	case string:
		if b, err := strconv.ParseBool(strings.TrimSpace(v)); err == nil {
			return b, nil
		}
	}
	return false, tracker.Errorf(tracker.Invalid, "option %s must be true or false", name)
}

// requiredInt returns a whole-number option or an Invalid error.
func (o options) requiredInt(name string) (int64, error) {
	n, ok, err := o.integer(name)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, tracker.Errorf(tracker.Invalid, "option %s is required", name)
	}
	return n, nil
}

// figureID returns the figure option: a positive id.
func (o options) figureID() (int64, error) {
	id, err := o.requiredInt("figure")
	if err != nil {
		return 0, err
	}
	if id <= 0 {
		return 0, tracker.Errorf(tracker.Invalid, "option figure must be a figure id (a positive whole number), not %d", id)
	}
	return id, nil
}

// textChannelTypes are the channels alerts and digests can go to.
var textChannelTypes = []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews}

// channel returns the channel option's id, or the interaction's channel
// when it is absent. A channel that Discord resolved as something other
// than a text or announcement channel is an Invalid error.
func (o options) channel(i *discordgo.Interaction) (string, error) {
	opt := o.get("channel")
	if opt == nil || opt.Value == nil {
		if i.ChannelID == "" {
			return "", tracker.Errorf(tracker.Invalid, "no channel: give the channel option")
		}
		return i.ChannelID, nil
	}
	id, ok := opt.Value.(string)
	if !ok || strings.TrimSpace(id) == "" {
		return "", tracker.Errorf(tracker.Invalid, "option channel must be a channel")
	}
	id = strings.TrimSpace(id)
	if o.resolved != nil {
		if ch := o.resolved.Channels[id]; ch != nil {
			okType := false
			for _, t := range textChannelTypes {
				okType = okType || ch.Type == t
			}
			if !okType {
				return "", tracker.Errorf(tracker.Invalid, "<#%s> is not a text or announcement channel: pick one of those", id)
			}
		}
	}
	return id, nil
}

package extract

import "testing"

func TestDiscordMarkupIsNeverANumber(t *testing.T) {
	e := newTestExtractor()
	tests := []string{
		"The government said <@&400> political prisoners were released.",
		"The government said <#400> political prisoners were released.",
		"The government said <t:1736640000:R> political prisoners were released.",
		"The government said <@!400> political prisoners were released.",
		"The government said <:freed:400> political prisoners were released.",
	}
	for _, text := range tests {
		if got := e.Extract(text, nil); len(got) != 0 {
			t.Errorf("Extract(%q) = %+v; want nothing from Discord markup", text, got)
		}
	}
	got := e.Extract("The government said 400 political prisoners were released <t:1736640000:R>.", nil)
	if len(got) != 1 || got[0].Value != 400 {
		t.Errorf("a count next to markup: %+v; want 400 alone", got)
	}
}

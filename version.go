package main

import "runtime/debug"

// buildVersion returns the main module's version from the build
// information, or "" for a development build.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return ""
	}
	return info.Main.Version
}

// version is the module version from the build information.
func version() string {
	if v := buildVersion(); v != "" {
		return v
	}
	return "dev"
}

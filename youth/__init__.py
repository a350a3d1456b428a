"""Youth section: proposals by young people and voting rounds with single-use codes."""

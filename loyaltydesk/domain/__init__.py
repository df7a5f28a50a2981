"""Pure loyalty rules on plain values: no Qt, no storage."""

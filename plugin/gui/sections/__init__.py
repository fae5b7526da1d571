"""The dock's sections, one module each: each owns its widgets, its slice of the project state, its task
slot, what it does when layers are removed or the project is cleared, and its latest result."""

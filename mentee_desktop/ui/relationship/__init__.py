"""The Relationship tab: goals with progress, check-ins with their chart, what I shared
and learned, and both partners' follow-through."""

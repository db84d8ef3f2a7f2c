"""The Relationship tab: the goals panel (goals with progress), the check-ins panel (with
their chart and the check-in prompt), what I shared and learned (gathered_panel), and both
partners' follow-through (the shared widget in ui/widgets/follow_through.py)."""

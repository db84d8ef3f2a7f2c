"""The Action items tab: the tab (tab), its table (table, model, query), the Done check box
(delegate), the filter bar (filters) and the item dialog. Follow-through is the shared widget
in ui/widgets/follow_through.py."""

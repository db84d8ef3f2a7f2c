"""The Prepare tab: the agenda of the selected meeting, its editor, its words and the
suggested questions."""

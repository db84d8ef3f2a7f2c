"""Taking a meeting out of the app: export, copy, preview and print its agenda or recap."""

"""Calendar invitations in the window: File › Import invitation…, dropping a .ics file on the
window, files handed over by another launch, the preview of several events, and Undo."""

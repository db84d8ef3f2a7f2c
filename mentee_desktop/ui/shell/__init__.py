"""The window's frame: the main window and its tabs, the mentor and meeting selector, the bars,
the welcome page, the services every widget shares, the feature-install guard and the
single-instance guard."""

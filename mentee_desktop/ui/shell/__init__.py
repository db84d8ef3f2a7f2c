"""The window's frame: the main window, the mentor and meeting selector, the bars, the
welcome page, the services every widget shares and the single-instance guard."""

"""The Qt user interface. Widgets call the store's functions; they never hold SQL."""

"""The Feedback tab: requests both ways, my own view first, the answer and what I did."""

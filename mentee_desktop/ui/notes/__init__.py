"""The Listening notes tab: what I heard, in my words, the follow-up and the insight."""

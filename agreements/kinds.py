"""The kinds of document agreements makes and checks, named once for the CLI, the web and the library."""

AGREEMENT = "agreement"
MINUTES = "minutes"
KINDS = (AGREEMENT, MINUTES)  # the employment agreement; the minutes of the yearly development dialogue

"""Front-end formats: each turns FileResults into text for the user or for another program."""

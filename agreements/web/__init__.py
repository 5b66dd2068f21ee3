"""The web application: pages and a JSON API over the same library functions as the command line."""

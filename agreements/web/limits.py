"""What one web request may hold, stated once: the server enforces these and the about page and README show them."""

from ..inputfile import MAX_INPUT_BYTES
from ..wordxml import MB

LIMITS = {
    "request_bytes": 24 * MB,  # a whole request, every upload in it included
    "docx_bytes": 10 * MB,  # one uploaded Word document (an agreement is some 30 kB)
    "docx_files": 10,  # Word documents checked in one request
    "input_bytes": MAX_INPUT_BYTES,  # one uploaded input file (YAML or JSON), as on the command line
    "form_fields": 2000,  # fields in one form post (the agreement form has some 150)
    "field_bytes": 64 * 1024,  # one form field's text
}

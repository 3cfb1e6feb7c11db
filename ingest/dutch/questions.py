"""How a Dutch question ends on the page: its question mark, then at most a footnote digit, a closing quote
or bracket (`... op te nemen?1`, `... «Deelt u die mening?»`). Shared by the text reader (lone numbers over
questions are no page numbers) and tagging (a question makes no commitment)."""

QUESTION_END = r"\?[\s\d»”\"')\]]*$"

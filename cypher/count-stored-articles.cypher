// How many articles are stored, and how many of them with their text. Params: none. Columns: total, withText.
MATCH (a:Article)
RETURN count(a) AS total, count(a.text) AS withText
